package org.ccmdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ChangePasswordForm(@NotBlank @Size(max = 200) String currentPassword,
        @NotBlank @Size(max = 200) String newPassword, @NotBlank @Size(max = 200) String confirmation) {
}
