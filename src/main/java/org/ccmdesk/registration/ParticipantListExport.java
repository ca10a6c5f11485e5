package org.ccmdesk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.registration.ParticipantList.Group;
import org.ccmdesk.registration.ParticipantList.ListedDelegation;
import org.ccmdesk.registration.ParticipantList.Member;
import org.springframework.context.MessageSource;

/**
 * The secretariat's exports, never public: the full list of approved participants (with
 * e-mail, consent, contact, visa letter and credentials), one row per person in the
 * list's order, and the registrations of any status as the secretariat's list filters
 * them; as CSV or Excel, headers and labels in the user's language (the lists are read by
 * people, not imported). {@code details}: the registrations of the meeting by id;
 * {@code stateNames}: names by ISO3 code (the nationality).
 */
final class ParticipantListExport {

    private static final String[] LIST_COLUMNS = { "group", "delegation", "title", "givenNames", "familyName",
            "badgeName", "function", "role", "email", "publicConsent", "late", "accessibility", "nationality", "phone",
            "visaRequested", "visaLetterIssued", "credentials" };

    private static final String[] REGISTRATION_COLUMNS = { "delegation", "title", "givenNames", "familyName",
            "badgeName", "function", "role", "status", "nationality", "phone", "email", "visaRequested",
            "visaLetterIssued", "credentials", "publicConsent", "late" };

    private final MessageSource messages;

    private final Locale locale;

    private final Map<Long, ListedRegistration> details;

    private final Map<String, String> stateNames;

    ParticipantListExport(MessageSource messages, Locale locale, Map<Long, ListedRegistration> details,
            Map<String, String> stateNames) {
        this.messages = messages;
        this.locale = locale;
        this.details = details;
        this.stateNames = stateNames;
    }

    /** The approved participants in the list's order. */
    SpreadsheetTable list(ParticipantList<Member> list) {
        List<List<String>> rows = new ArrayList<>();
        for (Group<Member> group : list.groups()) {
            for (ListedDelegation<Member> delegation : group.delegations()) {
                for (Member m : delegation.members()) {
                    ListedRegistration l = details.get(m.registrationId());
                    Participant p = l.participant();
                    rows.add(List.of(group.title(), delegation.name(), orEmpty(m.title()), m.givenNames(),
                            m.familyName(), m.badgeName(), m.function(), role(m.role()), m.email(),
                            yesNo(m.publicConsent()), yesNo(m.late()), needs(m), nationality(p), orEmpty(p.phone()),
                            yesNo(l.registration().visaLetterRequested()), yesNo(l.visaLetterIssued()),
                            credentials(l)));
                }
            }
        }
        return new SpreadsheetTable(header(LIST_COLUMNS), rows);
    }

    /** The registrations, in the order given. */
    SpreadsheetTable registrations(List<ListedRegistration> registrations) {
        List<List<String>> rows = new ArrayList<>();
        for (ListedRegistration l : registrations) {
            Registration r = l.registration();
            Participant p = l.participant();
            rows.add(List.of(l.row().delegationName(), orEmpty(p.title()), p.givenNames(), p.familyName(),
                    p.badgeName(), p.jobFunction(), role(r.role()), text(r.status().messageKey()), nationality(p),
                    orEmpty(p.phone()), p.email(), yesNo(r.visaLetterRequested()), yesNo(l.visaLetterIssued()),
                    credentials(l), yesNo(r.publicConsent()), yesNo(r.late())));
        }
        return new SpreadsheetTable(header(REGISTRATION_COLUMNS), rows);
    }

    private List<String> header(String[] columns) {
        List<String> header = new ArrayList<>();
        for (String column : columns) {
            header.add(text("participants.column." + column));
        }
        return header;
    }

    private String role(DelegationRole role) {
        return messages.getMessage(role.messageKey(), null, role.name(), locale);
    }

    private String nationality(Participant p) {
        return p.nationality() == null ? "" : stateNames.getOrDefault(p.nationality().trim(), p.nationality());
    }

    private String credentials(ListedRegistration l) {
        return text(l.credentialsReceived() ? "registrations.credentialsReceived" : "registrations.credentialsMissing");
    }

    /** The needs in words, then what the person wrote, separated by semicolons. */
    private String needs(Member m) {
        List<String> needs = new ArrayList<>();
        m.needs().forEach(need -> needs.add(text(need.messageKey())));
        if (m.otherNeeds() != null && !m.otherNeeds().isBlank()) {
            needs.add(m.otherNeeds());
        }
        return String.join("; ", needs);
    }

    private String yesNo(boolean value) {
        return text(value ? "participants.yes" : "participants.no");
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

}
