package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccmdesk.registration.RegistrationFixtures.INTERSESSIONAL;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.Party;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering for the 2014 Intersessional Meeting, moved to 7-9 July 2025 with its window
 * open from 1 to 30 June (today is 22 June 2025): profiles, registration, confirmation,
 * approval, rejection, withdrawal, the window and the series, and what the audit log
 * keeps.
 */
@DatabaseTest
@Transactional
class RegistrationDeskTest {

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

    CcmUser secretariat;

    CcmUser laos;

    CcmUser france;

    CcmUser delegate;

    long meeting;

    @BeforeEach
    void setUp() {
        secretariat = accounts.create(Role.SECRETARIAT);
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        delegate = accounts.create(Role.DELEGATE);
        meeting = RegistrationFixtures.meeting(jdbc, INTERSESSIONAL);
        RegistrationFixtures.openWindow(jdbc, meeting);
    }

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    /**
     * As the LAO focal point: a new profile of the Lao delegation and its registration
     * for the meeting.
     */
    private long registerLao(String email, DelegationRole role) {
        signIn(laos);
        long participant = profiles.save(null, profile(email, "Somphone", "Keomany", "LAO"));
        return desk.register(meeting, registerFor(participant, role, meeting)).get(0);
    }

    private Registration registration(long id) {
        return queries.find(id).orElseThrow();
    }

    private int registrations(long participantId) {
        return jdbc.sql("select count(*) from registration where participant_id = :p")
            .param("p", participantId)
            .query(Integer.class)
            .single();
    }

    private List<String> auditActions(String entityType, long id) {
        return jdbc.sql("select action from audit_entry where entity_type = :type and entity_id = :id order by id")
            .param("type", entityType)
            .param("id", String.valueOf(id))
            .query(String.class)
            .list();
    }

    @Test
    void aFocalPointRegistersAMemberOfTheirDelegation() {
        signIn(laos);
        long participant = profiles.save(null, profile("Somphone.Keomany@MOFA.gov.la ", "Somphone", "Keomany", "LAO"));
        Participant saved = queries.participant(participant).orElseThrow();
        assertThat(saved.email()).isEqualTo("somphone.keomany@mofa.gov.la");
        assertThat(saved.badgeName()).isEqualTo("Somphone Keomany");
        assertThat(saved.passportNumber()).isEqualTo("P0123456");

        List<Long> ids = desk.register(meeting, registerFor(participant, DelegationRole.HEAD_OF_DELEGATION, meeting));

        assertThat(ids).hasSize(1);
        Registration registration = registration(ids.get(0));
        assertThat(registration.participantId()).isEqualTo(participant);
        assertThat(registration.meetingId()).isEqualTo(meeting);
        assertThat(registration.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(registration.confirmed()).isTrue();
        assertThat(registration.late()).isFalse();
        assertThat(registration.delegation()).isEqualTo(Party.state("LAO"));
        assertThat(registration.role()).isEqualTo(DelegationRole.HEAD_OF_DELEGATION);
        assertThat(registration.submittedBy()).isEqualTo(laos.email());
        assertThat(registration.decidedBy()).isNull();
    }

    @Test
    void aDelegateRegistersThemselfAndTheirFocalPointConfirms() {
        signIn(delegate);
        long participant = profiles.save(null,
                profile(delegate.email().toUpperCase(Locale.ROOT), "Vilayvanh", "Phommachanh", "LAO"));
        long id = desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)).get(0);
        assertThat(registration(id).confirmed()).isFalse();
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.SUBMITTED);

        // neither the person themself nor another state's focal point confirms
        assertThatThrownBy(() -> desk.confirm(id)).isInstanceOf(AccessDeniedException.class);
        signIn(france);
        assertThatThrownBy(() -> desk.confirm(id)).isInstanceOf(AccessDeniedException.class);
        assertThat(registration(id).confirmed()).isFalse();

        signIn(laos);
        desk.confirm(id);
        assertThat(registration(id).confirmed()).isTrue();
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(auditActions("registration", id)).containsExactly("CREATE", "CONFIRM");
    }

    @Test
    void theSecretariatApprovesSeveralAtOnce() {
        long first = registerLao("first@mofa.gov.la", DelegationRole.HEAD_OF_DELEGATION);
        long second = registerLao("second@mofa.gov.la", DelegationRole.TECHNICAL_EXPERT);

        signIn(secretariat);
        assertThat(desk.approve(List.of(first, second))).isEqualTo(2);

        for (long id : List.of(first, second)) {
            Registration registration = registration(id);
            assertThat(registration.status()).isEqualTo(RegistrationStatus.APPROVED);
            assertThat(registration.decidedBy()).isEqualTo(secretariat.email());
            assertThat(registration.decidedAt()).isNotNull();
        }
        // approving again changes nothing
        assertThat(desk.approve(List.of(first, second))).isZero();
        assertThat(auditActions("registration", first)).containsExactly("CREATE", "APPROVED");
    }

    /**
     * The reason's own rules are in RegistrationTest; here, that a refused one writes
     * nothing and a good one is kept.
     */
    @Test
    void aRejectionIsStoredAndAuditedWithItsReason() {
        long id = registerLao("rejected@mofa.gov.la", DelegationRole.OTHER);
        signIn(secretariat);

        assertThatThrownBy(() -> desk.reject(id, "   ")).isInstanceOf(RuleViolation.class);
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(auditActions("registration", id)).containsExactly("CREATE");

        desk.reject(id, "  Not on the delegation's credentials.  ");
        Registration rejected = registration(id);
        assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Not on the delegation's credentials.");
        assertThat(rejected.decidedBy()).isEqualTo(secretariat.email());
        assertThat(jdbc.sql(
                "select reason from audit_entry where entity_type = 'registration' and entity_id = :id and action = 'REJECTED'")
            .param("id", String.valueOf(id))
            .query(String.class)
            .single()).isEqualTo("Not on the delegation's credentials.");
    }

    /**
     * Approval and rejection are the secretariat's, in the service too (the invitations
     * module checks it there).
     */
    @Test
    void onlyTheSecretariatApprovesOrRejects() {
        long id = registerLao("self-approval@mofa.gov.la", DelegationRole.HEAD_OF_DELEGATION);
        signIn(laos);
        assertThatThrownBy(() -> desk.approve(List.of(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> desk.reject(id, "no")).isInstanceOf(AccessDeniedException.class);
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

    @Test
    void theRegistrantWithdrawsAndAWithdrawnRegistrationIsNotApproved() {
        signIn(delegate);
        long participant = profiles.save(null, profile(delegate.email(), "Vilayvanh", "Phommachanh", "LAO"));
        long id = desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)).get(0);

        signIn(france);
        assertThatThrownBy(() -> desk.withdraw(id)).isInstanceOf(AccessDeniedException.class);

        signIn(delegate);
        desk.withdraw(id);
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(registration(id).decidedBy()).isEqualTo(delegate.email());
        assertThatThrownBy(() -> desk.withdraw(id)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("registration.cannotChange"));

        signIn(secretariat);
        assertThat(desk.approve(List.of(id))).isZero();
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThatThrownBy(() -> desk.reject(id, "too late")).isInstanceOf(RuleViolation.class);
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.WITHDRAWN);

        // changing one's mind: registering again submits the same registration again,
        // with the new role
        signIn(delegate);
        assertThat(desk.register(meeting, registerFor(participant, DelegationRole.SURVIVOR, meeting)))
            .containsExactly(id);
        assertThat(registration(id).status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(registration(id).role()).isEqualTo(DelegationRole.SURVIVOR);
        assertThat(registration(id).decidedBy()).isNull();
    }

    @Test
    void aPersonIsRegisteredOnceForAMeeting() {
        long first = registerLao("twice@mofa.gov.la", DelegationRole.HEAD_OF_DELEGATION);
        long participant = registration(first).participantId();

        signIn(laos);
        assertThatThrownBy(
                () -> desk.register(meeting, registerFor(participant, DelegationRole.POLICY_DELEGATE, meeting)))
            .isInstanceOfSatisfying(AlreadyRegistered.class, e -> assertThat(e.registrationId()).isEqualTo(first));
        signIn(secretariat);
        assertThatThrownBy(
                () -> desk.register(meeting, registerFor(participant, DelegationRole.POLICY_DELEGATE, meeting)))
            .isInstanceOfSatisfying(AlreadyRegistered.class, e -> assertThat(e.registrationId()).isEqualTo(first));

        assertThat(registrations(participant)).isEqualTo(1);
        assertThat(registration(first).role()).isEqualTo(DelegationRole.HEAD_OF_DELEGATION);
    }

    /**
     * A form that sends the meeting twice (a hidden field and a ticked box) registers
     * once, and does not fail.
     */
    @Test
    void aMeetingTickedTwiceInOneFormIsRegisteredOnce() {
        signIn(laos);
        long participant = profiles.save(null, profile("ticked-twice@mofa.gov.la", "Bounmy", "Sisouk", "LAO"));
        List<Long> ids = desk.register(meeting,
                registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting, meeting));
        assertThat(ids).hasSize(1);
        assertThat(registrations(participant)).isEqualTo(1);
    }

    @Test
    void whenTheWindowHasClosedOnlyTheSecretariatRegistersAndTheRegistrationIsLate() {
        RegistrationFixtures.schedule(jdbc, meeting, RegistrationFixtures.FIRST_DAY, RegistrationFixtures.LAST_DAY,
                LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 21));
        signIn(laos);
        long participant = profiles.save(null, profile("late@mofa.gov.la", "Bounmy", "Sisouk", "LAO"));

        assertThatThrownBy(
                () -> desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)))
            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.messageKey()).isEqualTo("registration.windowClosed");
                assertThat(e.field()).isEqualTo("meetingIds");
            });
        assertThat(registrations(participant)).isZero();

        signIn(secretariat);
        long id = desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)).get(0);
        Registration registration = registration(id);
        assertThat(registration.late()).isTrue();
        assertThat(registration.confirmed()).isTrue();
        assertThat(registration.submittedBy()).isEqualTo(secretariat.email());
    }

    @Test
    void aFocalPointActsOnlyForTheirOwnDelegation() {
        signIn(laos);
        long participant = profiles.save(null, profile("not-french@mofa.gov.la", "Khamphet", "Vongsa", "LAO"));

        signIn(france);
        assertThatThrownBy(
                () -> desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, meeting)))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> profiles.save(null, profile("someone@mofa.gov.la", "Khamphet", "Vongsa", "LAO")))
            .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                () -> profiles.save(participant, profile("not-french@mofa.gov.la", "Khamphet", "Vongsa", "LAO")))
            .isInstanceOf(AccessDeniedException.class);
        assertThat(registrations(participant)).isZero();
        assertThat(jdbc.sql("select count(*) from participant where email = 'someone@mofa.gov.la'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void aBirthDateInTheFutureIsRefused() {
        signIn(laos);
        ProfileForm form = RegistrationFixtures.withBirthDate(profile("unborn@mofa.gov.la", "Noy", "Inthavong", "LAO"),
                LocalDate.of(2025, 6, 23));
        assertThatThrownBy(() -> profiles.save(null, form)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("birthDate");
            assertThat(e.messageKey()).isEqualTo("participant.birthDateFuture");
        });
        assertThat(queries.participantByEmail("unborn@mofa.gov.la")).isEmpty();
    }

    @Test
    void oneProfilePerEmailAddressWhateverItsCase() {
        signIn(laos);
        long participant = profiles.save(null, profile("khamla@mofa.gov.la", "Khamla", "Sayavong", "LAO"));
        assertThatThrownBy(() -> profiles.save(null, profile("  KHAMLA@Mofa.Gov.La", "Khamla", "Sayavong", "LAO")))
            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.field()).isEqualTo("email");
                assertThat(e.messageKey()).isEqualTo("participant.emailTaken");
            });
        assertThat(jdbc.sql("select count(*) from participant where lower(email) = 'khamla@mofa.gov.la'")
            .query(Integer.class)
            .single()).isEqualTo(1);
        assertThat(queries.participantByEmail("KHAMLA@MOFA.GOV.LA").orElseThrow().id()).isEqualTo(participant);
    }

    @Test
    void aMeetingRegisteredElsewhereCannotBeTicked() {
        long apmbc = RegistrationFixtures.meeting(jdbc, "APMBC 2014");
        signIn(laos);
        long participant = profiles.save(null, profile("apmbc@mofa.gov.la", "Phonesavanh", "Sengdara", "LAO"));
        assertThatThrownBy(
                () -> desk.register(meeting, registerFor(participant, DelegationRole.TECHNICAL_EXPERT, apmbc, meeting)))
            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.messageKey()).isEqualTo("registration.notHere");
                assertThat(e.field()).isEqualTo("meetingIds");
                assertThat(e.arguments()).containsExactly("APMBC 2014");
            });
        assertThat(registrations(participant)).isZero();
    }

    @Test
    void onlyMeetingsOfTheSameSeriesCanBeTicked() {
        long fifthMsp = RegistrationFixtures.meeting(jdbc, "5MSP");
        signIn(laos);
        long participant = profiles.save(null, profile("series@mofa.gov.la", "Phonesavanh", "Sengdara", "LAO"));
        assertThatThrownBy(() -> desk.register(meeting,
                registerFor(participant, DelegationRole.TECHNICAL_EXPERT, fifthMsp, meeting)))
            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.messageKey()).isEqualTo("registration.notInSeries");
                assertThat(e.field()).isEqualTo("meetingIds");
            });
        assertThat(registrations(participant)).isZero();
    }

    @Test
    void changesAreAuditedWithoutPassportDetails() {
        signIn(laos);
        long participant = profiles.save(null, profile("audited@mofa.gov.la", "Sengphet", "Douangmala", "LAO"));
        long id = desk.register(meeting, registerFor(participant, DelegationRole.HEAD_OF_DELEGATION, meeting)).get(0);
        profiles.save(participant, profile("audited@mofa.gov.la", "Sengphet", "Douangmala-Keo", "LAO"));
        signIn(secretariat);
        desk.approve(List.of(id));

        assertThat(auditActions("registration", id)).containsExactly("CREATE", "APPROVED");
        assertThat(jdbc
            .sql("select actor from audit_entry where entity_type = 'registration' and entity_id = :id order by id")
            .param("id", String.valueOf(id))
            .query(String.class)
            .list()).containsExactly(laos.email(), secretariat.email());
        assertThat(auditActions("participant", participant)).containsExactly("CREATE", "UPDATE");

        List<String> participantRows = jdbc.sql("""
                select coalesce(old_value, '') || ' ' || coalesce(new_value, '') || ' ' || coalesce(reason, '')
                  from audit_entry where entity_type = 'participant' and entity_id = :id""")
            .param("id", String.valueOf(participant))
            .query(String.class)
            .list();
        assertThat(participantRows).hasSize(2)
            .allSatisfy(row -> assertThat(row).contains("audited@mofa.gov.la")
                .doesNotContain("P0123456", "1970-05-01", "2030-01-31", "Vientiane", "244 220"));
        List<String> registrationRows = jdbc.sql("""
                select coalesce(old_value, '') || ' ' || coalesce(new_value, '')
                  from audit_entry where entity_type = 'registration' and entity_id = :id""")
            .param("id", String.valueOf(id))
            .query(String.class)
            .list();
        assertThat(registrationRows).allSatisfy(row -> assertThat(row).doesNotContain("P0123456"));
    }

}
