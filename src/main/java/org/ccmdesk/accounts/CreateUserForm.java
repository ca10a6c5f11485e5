package org.ccmdesk.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's form to create a user; a focal point names one state or one
 * organisation; {@code language} is the one the user's messages are written in (when it
 * is not sent, the secretariat's page language).
 */
record CreateUserForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role, @Size(max = 3) String state, Long organisation,
        @Pattern(regexp = AccountLanguage.PATTERN) String language) {

    CreateUserForm withLanguage(String chosen) {
        return new CreateUserForm(email, displayName, role, state, organisation, chosen);
    }

}
