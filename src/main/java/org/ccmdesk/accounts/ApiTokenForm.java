package org.ccmdesk.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ApiTokenForm(@NotBlank @Size(max = 100) String name) {
}
