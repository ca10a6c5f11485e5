package org.ccmdesk.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.states.Organisation;
import org.ccmdesk.states.OrganisationDirectory;
import org.ccmdesk.states.Party;
import org.ccmdesk.states.StateDetail;
import org.ccmdesk.states.TreatyStatusService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a message names what it is about, in the recipient's language: a meeting by its
 * title and dates, a state by its proper name in that language, an organisation by its
 * name; and the absolute links a message gives ({@code ccm.public-url}, never a request's
 * host).
 */
@Component
class MailNames {

    private final TreatyStatusService states;

    private final OrganisationDirectory organisations;

    private final MessageSource messages;

    private final String publicUrl;

    MailNames(TreatyStatusService states, OrganisationDirectory organisations, MessageSource messages,
            @Value("${ccm.public-url:http://localhost:8080}") String publicUrl) {
        this.states = states;
        this.organisations = organisations;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** "7 July 2025 to 9 July 2025", "du 7 juillet 2025 au 9 juillet 2025", ... */
    String dates(Meeting meeting, Locale language) {
        if (meeting.firstDay().equals(meeting.lastDay())) {
            return date(meeting.firstDay(), language);
        }
        return messages.getMessage("mail.registration.meetingDates",
                new Object[] { date(meeting.firstDay(), language), date(meeting.lastDay(), language) }, language);
    }

    static String date(LocalDate day, Locale language) {
        String pattern = "es".equals(language.getLanguage()) ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, language).format(day);
    }

    /**
     * The state's name in {@code language}, or the organisation's; the key if unknown.
     */
    String party(Party party, Locale language) {
        if (party.isState()) {
            return states.detailOf(party.iso3(), states.today(), language).map(StateDetail::name).orElse(party.iso3());
        }
        return organisations.find(party.organisationId()).map(Organisation::name).orElse(party.key());
    }

    /** The absolute link to {@code path} (which starts with a slash). */
    String link(String path) {
        return publicUrl + path;
    }

}
