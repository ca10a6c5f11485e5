package org.ccmdesk.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The sign-in page's "forgot your password?": the address to send a new link to. */
record ForgotPasswordForm(@NotBlank @Email @Size(max = 254) String email) {
}
