package org.ccmdesk.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reported use recorded by the secretariat. */
record UseForm(@NotBlank @Size(max = 3) String country, @Size(max = 200) String period,
        @Size(max = 500) String userParty, @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 2000) String sources) {

    static UseForm empty() {
        return new UseForm(null, null, null, null, null);
    }

}
