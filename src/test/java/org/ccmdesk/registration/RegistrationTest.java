package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;

import org.ccmdesk.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The life of a registration for the 2014 Intersessional Meeting, without the database: a
 * Lao technical expert submits on 3 March 2014, and the secretariat decides on 20 March.
 */
class RegistrationTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.of(2014, 3, 3, 9, 30, 0, 0, ZoneOffset.UTC);

    private static final OffsetDateTime DECIDED_AT = OffsetDateTime.of(2014, 3, 20, 15, 0, 0, 0, ZoneOffset.UTC);

    private static final String PERSON = "vilayvanh@mofa.gov.la";

    private static final String ISU = "isu@clusterconvention.org";

    /** The delegation is left out: no rule of the status looks at it. */
    private static Registration registration(RegistrationStatus status, boolean confirmed) {
        return new Registration(7, 11, 5, null, DelegationRole.TECHNICAL_EXPERT, true, false, status, confirmed, false,
                null, PERSON, SUBMITTED_AT, null, null);
    }

    private static void assertRefused(Registration registration, UnaryOperator<Registration> change) {
        assertThatThrownBy(() -> change.apply(registration)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.field()).isEqualTo("status");
            assertThat(e.messageKey()).isEqualTo("registration.cannotChange");
            assertThat(e.arguments()).containsExactly(registration.status().name());
        });
    }

    @Test
    void approvingASubmittedRegistrationConfirmsItAndSaysWhoDecidedWhen() {
        Registration approved = registration(RegistrationStatus.SUBMITTED, false).approve(ISU, DECIDED_AT);

        assertThat(approved.status()).isEqualTo(RegistrationStatus.APPROVED);
        assertThat(approved.confirmed()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo(ISU);
        assertThat(approved.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(approved.reason()).isNull();
        assertThat(approved.submittedBy()).isEqualTo(PERSON);
        assertThat(approved.submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(approved.role()).isEqualTo(DelegationRole.TECHNICAL_EXPERT);
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedRegistrationIsApproved(RegistrationStatus status) {
        assertRefused(registration(status, true), r -> r.approve(ISU, DECIDED_AT));
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = { "SUBMITTED", "APPROVED" })
    void aSubmittedOrApprovedRegistrationIsRejectedWithTheReasonTrimmed(RegistrationStatus status) {
        Registration rejected = registration(status, true).reject("  Not on the delegation's credentials.  ", ISU,
                DECIDED_AT);

        assertThat(rejected.status()).isEqualTo(RegistrationStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("Not on the delegation's credentials.");
        assertThat(rejected.decidedBy()).isEqualTo(ISU);
        assertThat(rejected.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(rejected.confirmed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = { "REJECTED", "WITHDRAWN" })
    void aRejectedOrWithdrawnRegistrationIsNotRejected(RegistrationStatus status) {
        assertRefused(registration(status, true), r -> r.reject("too late", ISU, DECIDED_AT));
    }

    @Test
    void aRejectionNeedsAReasonOfAtMostAThousandCharacters() {
        Registration submitted = registration(RegistrationStatus.SUBMITTED, true);
        for (String missing : new String[] { null, "", "   " }) {
            assertThatThrownBy(() -> submitted.reject(missing, ISU, DECIDED_AT))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("registration.reasonRequired");
                });
        }
        assertThatThrownBy(() -> submitted.reject("x".repeat(1001), ISU, DECIDED_AT))
            .isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.field()).isEqualTo("reason");
                assertThat(e.messageKey()).isEqualTo("registration.reasonTooLong");
            });
        assertThat(submitted.reject("x".repeat(1000), ISU, DECIDED_AT).reason()).hasSize(1000);
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = { "SUBMITTED", "APPROVED" })
    void aSubmittedOrApprovedRegistrationIsWithdrawnByWhoeverDoesIt(RegistrationStatus status) {
        Registration withdrawn = registration(status, false).withdraw(PERSON, DECIDED_AT);

        assertThat(withdrawn.status()).isEqualTo(RegistrationStatus.WITHDRAWN);
        assertThat(withdrawn.decidedBy()).isEqualTo(PERSON);
        assertThat(withdrawn.decidedAt()).isEqualTo(DECIDED_AT);
        assertThat(withdrawn.confirmed()).isFalse();
        assertThat(withdrawn.reason()).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = { "REJECTED", "WITHDRAWN" })
    void aRejectedOrWithdrawnRegistrationIsNotWithdrawn(RegistrationStatus status) {
        assertRefused(registration(status, false), r -> r.withdraw(PERSON, DECIDED_AT));
    }

    @Test
    void confirmingASubmittedRegistrationKeepsItSubmitted() {
        Registration confirmed = registration(RegistrationStatus.SUBMITTED, false).confirm();

        assertThat(confirmed.confirmed()).isTrue();
        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(confirmed.decidedBy()).isNull();
        // confirming again is no change at all
        assertThat(confirmed.confirm()).isEqualTo(confirmed);
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedRegistrationIsConfirmed(RegistrationStatus status) {
        assertRefused(registration(status, false), Registration::confirm);
    }

    @Test
    void aWithdrawnRegistrationIsSubmittedAgainAsNew() {
        Registration withdrawn = new Registration(7, 11, 5, null, DelegationRole.TECHNICAL_EXPERT, true, false,
                RegistrationStatus.WITHDRAWN, false, false, "changed plans", PERSON, SUBMITTED_AT, PERSON, DECIDED_AT);
        OffsetDateTime again = OffsetDateTime.of(2014, 3, 25, 8, 0, 0, 0, ZoneOffset.UTC);

        Registration resubmitted = withdrawn.resubmit(DelegationRole.SURVIVOR, false, true, true, true, ISU, again);

        assertThat(resubmitted.status()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(resubmitted.role()).isEqualTo(DelegationRole.SURVIVOR);
        assertThat(resubmitted.publicConsent()).isFalse();
        assertThat(resubmitted.visaLetterRequested()).isTrue();
        assertThat(resubmitted.confirmed()).isTrue();
        assertThat(resubmitted.late()).isTrue();
        assertThat(resubmitted.submittedBy()).isEqualTo(ISU);
        assertThat(resubmitted.submittedAt()).isEqualTo(again);
        assertThat(resubmitted.reason()).isNull();
        assertThat(resubmitted.decidedBy()).isNull();
        assertThat(resubmitted.decidedAt()).isNull();
        assertThat(resubmitted.id()).isEqualTo(withdrawn.id());
    }

    @ParameterizedTest
    @EnumSource(value = RegistrationStatus.class, names = "WITHDRAWN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAWithdrawnRegistrationIsSubmittedAgain(RegistrationStatus status) {
        assertRefused(registration(status, true),
                r -> r.resubmit(DelegationRole.ADVISER, true, false, true, false, PERSON, DECIDED_AT));
    }

}
