package org.ccmdesk.statements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A reported use recorded by the secretariat; {@code began} and {@code ended} (optional)
 * date it, so that briefing memos can tell whether it belongs to their period.
 */
record UseForm(@NotBlank @Size(max = 3) String country, @Size(max = 200) String period,
        @Size(max = 500) String userParty, @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 2000) String sources, java.time.LocalDate began, java.time.LocalDate ended) {

    static UseForm empty() {
        return new UseForm(null, null, null, null, null, null, null);
    }

}
