package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccmdesk.registration.DelegationAdvice.Item.POLICY_LEVEL_DELEGATE;
import static org.ccmdesk.registration.DelegationAdvice.Item.TECHNICAL_EXPERT;
import static org.ccmdesk.registration.DelegationAdvice.Item.VICTIM_ASSISTANCE_OR_SURVIVOR;
import static org.ccmdesk.registration.RegistrationFixtures.profile;
import static org.ccmdesk.registration.RegistrationFixtures.registerFor;
import static org.ccmdesk.registration.RegistrationFixtures.signIn;

import java.util.List;
import java.util.Locale;

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
 * The memo's advice on a delegation: a policy-level delegate, a technical expert and, for
 * a state affected by cluster munitions (Lao PDR: contaminated at entry into force), a
 * victim assistance expert or a survivor. France has no "yes" fact in the shipped data,
 * so the third item does not apply.
 */
@DatabaseTest
@Transactional
class DelegationAdviceTest {

    static final Party LAO = Party.state("LAO");
    static final Party FRA = Party.state("FRA");

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipantProfiles profiles;

    @Autowired
    RegistrationDesk desk;

    @Autowired
    DelegationAdvisor advisor;

    CcmUser laos;

    CcmUser france;

    long meeting;

    int people;

    @BeforeEach
    void setUp() {
        laos = accounts.create(Role.FOCAL_POINT, "LAO");
        france = accounts.create(Role.FOCAL_POINT, "FRA");
        meeting = RegistrationFixtures.meeting(jdbc, RegistrationFixtures.INTERSESSIONAL);
        RegistrationFixtures.openWindow(jdbc, meeting);
    }

    @AfterEach
    void signOut() {
        RegistrationFixtures.signOut();
    }

    private long register(CcmUser focalPoint, Party delegation, DelegationRole role) {
        signIn(focalPoint);
        people++;
        long participant = profiles.save(null,
                profile("person" + people + "@" + delegation.key().toLowerCase(Locale.ROOT) + ".example", "Person",
                        "Number " + people, delegation.key()));
        return desk.register(meeting, registerFor(participant, role, meeting)).get(0);
    }

    private DelegationAdvice advice(Party delegation) {
        return advisor.adviceFor(meeting, delegation, Locale.ENGLISH);
    }

    @Test
    void theShippedFactsAreThoseTheseTestsAssume() {
        assertThat(jdbc.sql("select flag from state_flag where state_iso3 = 'LAO' and flag_value = 'YES'")
            .query(String.class)
            .list()).contains("CONTAMINATED_AT_EIF");
        assertThat(jdbc.sql("select count(*) from state_flag where state_iso3 = 'FRA' and flag_value = 'YES'")
            .query(Integer.class)
            .single()).isZero();
    }

    @Test
    void anAffectedStateIsAskedForAPolicyLevelDelegateAndVictimAssistance() {
        register(laos, LAO, DelegationRole.TECHNICAL_EXPERT);

        DelegationAdvice advice = advice(LAO);
        assertThat(advice.affected()).isTrue();
        assertThat(advice.members()).isEqualTo(1);
        assertThat(advice.items()).containsExactly(POLICY_LEVEL_DELEGATE, TECHNICAL_EXPERT,
                VICTIM_ASSISTANCE_OR_SURVIVOR);
        assertThat(advice.missing()).containsExactly(POLICY_LEVEL_DELEGATE, VICTIM_ASSISTANCE_OR_SURVIVOR);

        register(laos, LAO, DelegationRole.SURVIVOR);
        assertThat(advice(LAO).missing()).containsExactly(POLICY_LEVEL_DELEGATE);
        register(laos, LAO, DelegationRole.HEAD_OF_DELEGATION);
        assertThat(advice(LAO).missing()).isEmpty();
        assertThat(advice(LAO).members()).isEqualTo(3);
    }

    @Test
    void forAStateThatIsNotAffectedVictimAssistanceDoesNotApply() {
        register(france, FRA, DelegationRole.TECHNICAL_EXPERT);

        DelegationAdvice advice = advice(FRA);
        assertThat(advice.affected()).isFalse();
        assertThat(advice.items()).containsExactly(POLICY_LEVEL_DELEGATE, TECHNICAL_EXPERT);
        assertThat(advice.missing()).containsExactly(POLICY_LEVEL_DELEGATE);

        register(france, FRA, DelegationRole.POLICY_DELEGATE);
        assertThat(advice(FRA).missing()).isEmpty();
    }

    @Test
    void aDelegationWithNobodyRegisteredMissesEverything() {
        DelegationAdvice advice = advice(LAO);
        assertThat(advice.members()).isZero();
        assertThat(advice.missing()).containsExactly(POLICY_LEVEL_DELEGATE, TECHNICAL_EXPERT,
                VICTIM_ASSISTANCE_OR_SURVIVOR);
    }

    @Test
    void withdrawnAndRejectedRegistrationsDoNotCount() {
        register(laos, LAO, DelegationRole.TECHNICAL_EXPERT);
        register(laos, LAO, DelegationRole.HEAD_OF_DELEGATION);
        long survivor = register(laos, LAO, DelegationRole.SURVIVOR);
        long expert = register(laos, LAO, DelegationRole.VICTIM_ASSISTANCE_EXPERT);
        assertThat(advice(LAO).missing()).isEmpty();

        signIn(laos);
        desk.withdraw(survivor);
        assertThat(advice(LAO).missing()).isEmpty();
        signIn(accounts.create(Role.SECRETARIAT));
        desk.reject(expert, "Not on the credentials.");

        DelegationAdvice advice = advice(LAO);
        assertThat(advice.missing()).containsExactly(VICTIM_ASSISTANCE_OR_SURVIVOR);
        assertThat(advice.members()).isEqualTo(2);
    }

    @Test
    void theDelegationsThatLackSomethingAreListed() {
        register(laos, LAO, DelegationRole.TECHNICAL_EXPERT);
        register(france, FRA, DelegationRole.HEAD_OF_DELEGATION);
        register(france, FRA, DelegationRole.TECHNICAL_EXPERT);

        List<DelegationAdvice> lacking = advisor.lacking(meeting, Locale.ENGLISH);

        assertThat(lacking).extracting(DelegationAdvice::delegation).containsExactly(LAO);
        assertThat(lacking.get(0).name()).isNotBlank().isNotEqualTo("LAO");
        assertThat(lacking.get(0).missing()).containsExactly(POLICY_LEVEL_DELEGATE, VICTIM_ASSISTANCE_OR_SURVIVOR);

        // by name: Germany before Lao PDR; a delegation whose only registration was
        // withdrawn no longer takes part
        CcmUser secretariat = accounts.create(Role.SECRETARIAT);
        long german = register(secretariat, Party.state("DEU"), DelegationRole.TECHNICAL_EXPERT);
        assertThat(advisor.lacking(meeting, Locale.ENGLISH)).extracting(DelegationAdvice::delegation)
            .containsExactly(Party.state("DEU"), LAO);
        signIn(secretariat);
        desk.withdraw(german);
        assertThat(advisor.lacking(meeting, Locale.ENGLISH)).extracting(DelegationAdvice::delegation)
            .containsExactly(LAO);
    }

}
