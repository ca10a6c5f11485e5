package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.RegistrationFixtures.INTERSESSIONAL;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.util.List;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events registration publishes for the other modules, with what they say; the visa
 * letter is ready when the approval finds passport details, or when they are added after
 * it, once.
 */
@DatabaseTest
@Transactional
@RecordApplicationEvents
class RegistrationEventsTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantProfiles profiles;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    @Test
    void eachChangeIsAnEventAndTheVisaLetterIsReadyWhenThePassportIsThere() {
        CcmUser laos = accounts.create(Role.FOCAL_POINT, "LAO");
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        long meeting = RegistrationFixtures.meeting(jdbc, INTERSESSIONAL);
        RegistrationFixtures.openWindow(jdbc, meeting);
        signIn(laos);
        ProfileForm withPassport = profile("phonesavanh@mofa.gov.la", "Phonesavanh", "Vongsa", "LAO");
        long person = profiles.save(null, withoutPassport(withPassport, "fr"));
        long id = desk.register(meeting, registerFor(person, DelegationRole.HEAD_OF_DELEGATION, meeting)).get(0);

        assertThat(events.stream(RegistrationReceived.class)).containsExactly(new RegistrationReceived(id, meeting,
                "phonesavanh@mofa.gov.la", "Mr. Phonesavanh Vongsa", "fr", "LAO"));

        signIn(secretariat);
        assertThat(desk.approve(List.of(id))).isOne();
        assertThat(events.stream(RegistrationApproved.class)).hasSize(1);
        assertThat(events.stream(VisaLetterReady.class)).as("no passport, no letter yet").isEmpty();

        signIn(laos);
        profiles.save(person, withPassport);
        profiles.save(person, withPassport);
        assertThat(events.stream(VisaLetterReady.class)).containsExactly(
                new VisaLetterReady(id, meeting, "phonesavanh@mofa.gov.la", "Mr. Phonesavanh Vongsa", "en", "LAO"));

        signIn(secretariat);
        desk.reject(id, "Registered twice under two names.");
        assertThat(events.stream(RegistrationRejected.class).map(RegistrationRejected::reason))
            .containsExactly("Registered twice under two names.");
        assertThat(events.stream(RegistrationWithdrawn.class)).isEmpty();
    }

    private static ProfileForm withoutPassport(ProfileForm f, String language) {
        return new ProfileForm(f.email(), f.givenNames(), f.familyName(), f.badgeName(), f.title(), f.jobFunction(),
                f.delegation(), f.phone(), f.nationality(), f.gender(), f.needsWheelchair(), f.needsSignLanguage(),
                f.needsLargePrint(), f.needsAssistant(), f.needsOther(), null, null, null, f.birthDate(),
                f.birthPlace(), language, f.publicSurvivorRole());
    }

}
