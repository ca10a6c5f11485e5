package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.time.LocalDate;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.Party;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passport details are kept 90 days after a person's last meeting. The 2014
 * Intersessional Meeting ended on 9 April 2014: 90 days later is 8 July 2014, so they go
 * on 9 July; the Fifth Meeting of States Parties ended on 5 September 2014. Both are past
 * for the test clock, so the secretariat registers the people (late).
 */
@DatabaseTest
@Transactional
class PassportRetentionTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantProfiles profiles;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    RegistrationQueries queries;

    @Autowired
    PassportRetention retention;

    CcmUser secretariat;

    long intersessional;

    long fifthMsp;

    long onlyApril;

    long alsoSeptember;

    @BeforeEach
    void setUp() {
        secretariat = accounts.create(Role.SECRETARIAT);
        intersessional = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        fifthMsp = RegistrationFixtures.meeting(jdbc, "5MSP");
        assertThat(jdbc.sql("select last_day from meeting where id = :id")
            .param("id", intersessional)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2014, 4, 9));
        signIn(secretariat);
        onlyApril = profiles.save(null, profile("april@mofa.gov.la", "Somsanouk", "Phimmasone", "LAO"));
        alsoSeptember = profiles.save(null, profile("september@mofa.gov.la", "Viengkham", "Luangrath", "LAO"));
        desk.register(intersessional, registerFor(onlyApril, DelegationRole.TECHNICAL_EXPERT, intersessional));
        desk.register(intersessional, registerFor(alsoSeptember, DelegationRole.HEAD_OF_DELEGATION, intersessional));
        desk.register(fifthMsp, registerFor(alsoSeptember, DelegationRole.HEAD_OF_DELEGATION, fifthMsp));
    }

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    private Participant participant(long id) {
        return queries.participant(id).orElseThrow();
    }

    @Test
    void theyAreKeptForNinetyDaysAfterTheLastMeeting() {
        assertThat(retention.retentionDays()).isEqualTo(90);
        assertThat(retention.deleteExpired(LocalDate.of(2014, 7, 8))).isZero();
        assertThat(participant(onlyApril).passportNumber()).isEqualTo("P0123456");
        assertThat(participant(onlyApril).passportDeletedOn()).isNull();
    }

    @Test
    void theyAreDeletedTheDayAfter() {
        assertThat(retention.deleteExpired(LocalDate.of(2014, 7, 9))).isEqualTo(1);

        Participant deleted = participant(onlyApril);
        assertThat(deleted.passportNumber()).isNull();
        assertThat(deleted.passportIssuer()).isNull();
        assertThat(deleted.passportExpiry()).isNull();
        assertThat(deleted.birthDate()).isNull();
        assertThat(deleted.birthPlace()).isNull();
        assertThat(deleted.passportDeletedOn()).isEqualTo(LocalDate.of(2014, 7, 9));
        // who they are stays
        assertThat(deleted.email()).isEqualTo("april@mofa.gov.la");
        assertThat(deleted.givenNames()).isEqualTo("Somsanouk");
        assertThat(deleted.familyName()).isEqualTo("Phimmasone");
        assertThat(deleted.badgeName()).isEqualTo("Somsanouk Phimmasone");
        assertThat(deleted.delegation()).isEqualTo(Party.state("LAO"));
        assertThat(deleted.phone()).isEqualTo("+856 21 244 220");
        assertThat(queries.forParticipant(onlyApril)).hasSize(1);

        // running again deletes nothing more, and the deletion is in the audit log
        assertThat(retention.deleteExpired(LocalDate.of(2014, 7, 10))).isZero();
        assertThat(jdbc.sql(
                "select count(*) from audit_entry where entity_type = 'participant' and action = 'PASSPORT_DETAILS_DELETED'"
                        + " and new_value like '%2014-07-09%'")
            .query(Integer.class)
            .single()).isEqualTo(1);
    }

    @Test
    void someoneAlsoRegisteredForALaterMeetingKeepsThem() {
        retention.deleteExpired(LocalDate.of(2014, 7, 9));
        Participant kept = participant(alsoSeptember);
        assertThat(kept.passportNumber()).isEqualTo("P0123456");
        assertThat(kept.birthDate()).isEqualTo(LocalDate.of(1970, 5, 1));
        assertThat(kept.passportDeletedOn()).isNull();

        // 5 September 2014 + 90 days = 4 December 2014
        assertThat(retention.deleteExpired(LocalDate.of(2014, 12, 4))).isZero();
        assertThat(participant(alsoSeptember).passportNumber()).isEqualTo("P0123456");
        assertThat(retention.deleteExpired(LocalDate.of(2014, 12, 5))).isEqualTo(1);
        assertThat(participant(alsoSeptember).passportNumber()).isNull();
        assertThat(participant(alsoSeptember).passportDeletedOn()).isEqualTo(LocalDate.of(2014, 12, 5));
        assertThat(participant(alsoSeptember).familyName()).isEqualTo("Luangrath");
    }

}
