package org.ccmdesk.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Create an account": a delegate's name and the address to send the link to. */
record SignUpForm(@NotBlank @Size(max = 200) String displayName, @NotBlank @Email @Size(max = 254) String email) {
}
