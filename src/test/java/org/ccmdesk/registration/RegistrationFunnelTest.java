package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.invitations.InvitationFunnel;
import org.ccmdesk.invitations.InvitationService;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitation funnel counts the invited delegations with a registration (submitted or
 * approved) and with an approved one. The meeting is moved to 7-9 July 2025 with its
 * window open; the secretariat prepares the invitations (every state) with letters of 1
 * June 2025.
 */
@DatabaseTest
@Transactional
class RegistrationFunnelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantProfiles profiles;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    InvitationService invitations;

    CcmUser secretariat;

    CcmUser laos;

    CcmUser france;

    long meeting;

    @BeforeEach
    void setUp() throws Exception {
        secretariat = accounts.create(Role.SECRETARIAT);
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        RegistrationFixtures.openWindow(jdbc, meeting);
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "Henrique Banze")
            .param("signatoryTitle", "President of the Meeting")
            .param("letterDate", "2025-06-01")
            .param("language", "en")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from invitation where meeting_id = :m and state_iso3 in ('LAO', 'FRA')")
            .param("m", meeting)
            .query(Integer.class)
            .single()).isEqualTo(2);
    }

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    private long register(CcmUser focalPoint, String email, String delegation, DelegationRole role) {
        signIn(focalPoint);
        long participant = profiles.save(null, profile(email, "Given", "Family", delegation));
        return desk.register(meeting, registerFor(participant, role, meeting)).get(0);
    }

    @Test
    void registeredAndApprovedDelegationsAreCounted() {
        InvitationFunnel.Stage before = invitations.funnel(meeting).total();
        assertThat(before.invited()).isGreaterThan(100);
        assertThat(before.registered()).isZero();
        assertThat(before.approved()).isZero();

        register(laos, "one@mofa.gov.la", "LAO", DelegationRole.HEAD_OF_DELEGATION);
        long french = register(france, "un@diplomatie.gouv.fr", "FRA", DelegationRole.HEAD_OF_DELEGATION);
        // two people of one delegation still count as one delegation
        register(france, "deux@diplomatie.gouv.fr", "FRA", DelegationRole.TECHNICAL_EXPERT);
        signIn(secretariat);
        desk.approve(List.of(french));

        InvitationFunnel funnel = invitations.funnel(meeting);
        assertThat(funnel.total().registered()).isEqualTo(2);
        assertThat(funnel.total().approved()).isEqualTo(1);
        assertThat(funnel.total().invited()).isEqualTo(before.invited());
        assertThat(funnel.byGroup().stream().mapToInt(row -> row.stage().registered()).sum()).isEqualTo(2);
        assertThat(funnel.byGroup().stream().mapToInt(row -> row.stage().approved()).sum()).isEqualTo(1);
    }

    @Test
    void withdrawnAndRejectedRegistrationsDoNotCount() {
        long lao = register(laos, "one@mofa.gov.la", "LAO", DelegationRole.HEAD_OF_DELEGATION);
        long french = register(france, "un@diplomatie.gouv.fr", "FRA", DelegationRole.HEAD_OF_DELEGATION);
        signIn(secretariat);
        desk.approve(List.of(french));
        signIn(laos);
        desk.withdraw(lao);
        signIn(secretariat);
        desk.reject(french, "Not on the credentials.");

        InvitationFunnel.Stage total = invitations.funnel(meeting).total();
        assertThat(total.registered()).isZero();
        assertThat(total.approved()).isZero();
    }

    @Test
    void anInvitedOrganisationWithARegistrationIsCountedAmongTheOrganisations() throws Exception {
        jdbc.sql("""
                insert into organisation (name, acronym, kind, active, created_at)
                values ('Funnel Test Committee', 'FTC', 'INTERNATIONAL_ORGANISATION', true, :now)""")
            .param("now", OffsetDateTime.parse("2025-01-01T00:00:00Z"))
            .update();
        long organisation = jdbc.sql("select id from organisation where name = 'Funnel Test Committee'")
            .query(Long.class)
            .single();
        mvc.perform(post("/meetings/" + meeting + "/invitations/prepare").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("signatoryName", "Henrique Banze")
            .param("signatoryTitle", "President of the Meeting")
            .param("letterDate", "2025-06-01")
            .param("language", "en")
            .param("organisations", String.valueOf(organisation))).andExpect(status().is3xxRedirection());

        long adviser = register(secretariat, "adviser@ftc.example", "org-" + organisation, DelegationRole.ADVISER);
        desk.approve(List.of(adviser));

        InvitationFunnel funnel = invitations.funnel(meeting);
        InvitationFunnel.Stage organisations = funnel.byGroup()
            .stream()
            .filter(row -> row.key().equals("ORGANISATIONS"))
            .findFirst()
            .orElseThrow()
            .stage();
        assertThat(organisations.invited()).isEqualTo(1);
        assertThat(organisations.registered()).isEqualTo(1);
        assertThat(organisations.approved()).isEqualTo(1);
        assertThat(funnel.total().registered()).isEqualTo(1);
    }

}
