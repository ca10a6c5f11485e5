package org.ccmdesk.meetings;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Size;

/**
 * A meeting's French and Spanish text, edited side by side with its English text, and the
 * letters' signatory and secretariat contact. Agenda titles are in the order of
 * {@code agendaIds}.
 */
record MeetingTextsForm(@Size(max = 300) String nameFr, @Size(max = 300) String nameEs, @Size(max = 200) String venueFr,
        @Size(max = 200) String venueEs, @Size(max = 300) String addressFr, @Size(max = 300) String addressEs,
        @Size(max = 100) String cityFr, @Size(max = 100) String cityEs, @Size(max = 100) String countryFr,
        @Size(max = 100) String countryEs, @Size(max = 400) String authorityFr, @Size(max = 400) String authorityEs,
        @Size(max = 200) String signatoryName, @Size(max = 400) String signatoryTitle,
        @Size(max = 400) String signatoryTitleFr, @Size(max = 400) String signatoryTitleEs,
        @Size(max = 500) String secretariatContact, List<Long> agendaIds, List<@Size(max = 400) String> agendaFr,
        List<@Size(max = 400) String> agendaEs) {

    MeetingTextsForm {
        agendaIds = agendaIds == null ? List.of() : new ArrayList<>(agendaIds);
        agendaFr = agendaFr == null ? List.of() : new ArrayList<>(agendaFr);
        agendaEs = agendaEs == null ? List.of() : new ArrayList<>(agendaEs);
    }

    static MeetingTextsForm of(MeetingText fr, MeetingText es, MeetingLetterSettings settings, List<AgendaItem> agenda,
            List<AgendaItem> agendaFr, List<AgendaItem> agendaEs) {
        return new MeetingTextsForm(fr.name(), es.name(), fr.venue(), es.venue(), fr.address(), es.address(), fr.city(),
                es.city(), fr.country(), es.country(), fr.conveningAuthority(), es.conveningAuthority(),
                settings.signatoryName(), settings.signatoryTitle(), fr.signatoryTitle(), es.signatoryTitle(),
                settings.secretariatContact(), agenda.stream().map(AgendaItem::id).toList(),
                agendaFr.stream().map(i -> i.untranslated() ? "" : i.title()).toList(),
                agendaEs.stream().map(i -> i.untranslated() ? "" : i.title()).toList());
    }

    MeetingText text(String language) {
        boolean fr = language.equals("fr");
        return new MeetingText(language, fr ? nameFr : nameEs, fr ? venueFr : venueEs, fr ? addressFr : addressEs,
                fr ? cityFr : cityEs, fr ? countryFr : countryEs, fr ? authorityFr : authorityEs,
                fr ? signatoryTitleFr : signatoryTitleEs);
    }

    String agendaTitle(String language, int index) {
        List<String> titles = language.equals("fr") ? agendaFr : agendaEs;
        return index < titles.size() ? titles.get(index) : null;
    }

}
