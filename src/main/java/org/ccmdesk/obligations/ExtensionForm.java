package org.ccmdesk.obligations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** An extension request under Article 3 or 4 and, when known, the decision on it. */
record ExtensionForm(@NotBlank @Size(max = 60) String rule,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedDeadline,
        @Size(max = 200) String meeting, @NotNull ExtensionDecision decision,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedDeadline,
        @NotBlank @Size(max = 2000) String source) {

    static ExtensionForm empty() {
        return new ExtensionForm(null, null, null, null, null, null, null, null);
    }
}
