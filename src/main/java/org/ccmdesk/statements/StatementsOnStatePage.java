package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.states.StatePageNotes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * On a state's page: the reports of use it has condemned (first date, link) and its
 * announcements of ratification or accession in published statements, as of the page's
 * date. An announcement never changes the treaty status.
 */
@Component
class StatementsOnStatePage implements StatePageNotes {

    private final UseReports uses;

    private final Statements statements;

    private final PartyNames names;

    private final MessageSource messages;

    StatementsOnStatePage(UseReports uses, Statements statements, PartyNames names, MessageSource messages) {
        this.uses = uses;
        this.statements = statements;
        this.names = names;
        this.messages = messages;
    }

    @Override
    public List<Note> notesFor(String iso3, LocalDate asOf, Locale locale) {
        List<Note> notes = new ArrayList<>();
        List<UseReports.StateCondemnation> condemned = uses.condemnedBy(iso3, asOf);
        if (!condemned.isEmpty()) {
            Map<String, String> countries = names.all(asOf, locale);
            for (UseReports.StateCondemnation c : condemned) {
                notes.add(new Note("statements.notes.condemned", c.date(),
                        messages.getMessage("statements.notes.condemnedUse",
                                new Object[] { countries.getOrDefault(c.countryIso3(), c.countryIso3()) }, locale),
                        "/uses/" + c.useId()));
            }
        }
        statements.announcements(locale)
            .stream()
            .filter(r -> r.partyKey().equals(iso3) && r.published() && !r.deliveredOn().isAfter(asOf))
            .forEach(r -> notes.add(new Note("statements.notes.announcements", r.deliveredOn(),
                    r.title() + " (" + r.meetingName() + ")", "/statements/" + r.id())));
        return notes;
    }

}
