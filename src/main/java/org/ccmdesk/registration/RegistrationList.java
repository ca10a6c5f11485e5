package org.ccmdesk.registration;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.states.Party;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrations of a meeting as the secretariat's list and its exports show them:
 * with the person, the delegation's name, the visa letter and the credentials, in a few
 * queries whatever their number.
 */
@Component
@Transactional(readOnly = true)
class RegistrationList {

    private final RegistrationQueries queries;

    private final RegistrationViews views;

    private final CredentialStore credentials;

    RegistrationList(RegistrationQueries queries, RegistrationViews views, CredentialStore credentials) {
        this.queries = queries;
        this.views = views;
        this.credentials = credentials;
    }

    /** Every registration of the meeting, by delegation name, role and family name. */
    List<ListedRegistration> all(Meeting meeting, Locale locale) {
        Set<Party> received = credentials.received(meeting.id());
        return views.rows(queries.forMeeting(meeting.id(), null), locale)
            .stream()
            .map(row -> new ListedRegistration(row,
                    VisaLetters.refusal(row.registration(), row.participant(), meeting).isEmpty(),
                    received.contains(row.registration().delegation())))
            .toList();
    }

    /** The registrations the filter keeps. */
    static List<ListedRegistration> filtered(List<ListedRegistration> all, RegistrationFilter filter) {
        return all.stream().filter(filter::keeps).toList();
    }

    /** The registrations of the meeting by id. */
    Map<Long, ListedRegistration> byId(Meeting meeting, Locale locale) {
        return all(meeting, locale).stream().collect(Collectors.toMap(l -> l.registration().id(), Function.identity()));
    }

}
