package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassword() {
        assertThat(policy.problems("Geneva-WMO-2014-intersessional", "isu@example.org")).isEmpty();
    }

    @Test
    void refusesShortEmailAndCommonPasswords() {
        assertThat(policy.problems("short-pass1", "isu@example.org")).containsExactly("password.tooShort");
        assertThat(policy.problems("isu.geneva@example.org", "ISU.Geneva@example.org")).contains("password.isEmail");
        assertThat(policy.problems("isu.geneva.focal", "isu.geneva.focal@example.org")).contains("password.isEmail");
        assertThat(policy.problems("password1234", "isu@example.org")).containsExactly("password.common");
        assertThat(policy.problems("QWERTYUIOPASDFGHJKL", "isu@example.org")).containsExactly("password.common");
        assertThat(policy.problems("x".repeat(201), "isu@example.org")).contains("password.tooLong");
        assertThat(policy.problems(null, "isu@example.org")).containsExactly("password.tooShort");
    }

}
