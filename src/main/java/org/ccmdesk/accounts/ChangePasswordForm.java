package org.ccmdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code revokeTokens}: also revoke the user's API tokens (ticked by default). */
record ChangePasswordForm(@NotBlank @Size(max = 200) String currentPassword,
        @NotBlank @Size(max = 200) String newPassword, @NotBlank @Size(max = 200) String confirmation,
        Boolean revokeTokens) {

    static ChangePasswordForm empty() {
        return new ChangePasswordForm(null, null, null, true);
    }

}
