package org.ccmdesk.states;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correction of a recorded event: the right values, their source and why the old ones
 * were wrong.
 */
record TreatyCorrectionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        DepositKind depositKind, @NotBlank @Size(max = 2000) String source, @NotBlank @Size(max = 1000) String reason) {
}
