package org.ccmdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** A user's choice of the language of their messages, on their account page. */
record LanguageForm(@NotBlank @Pattern(regexp = AccountLanguage.PATTERN) String language) {
}
