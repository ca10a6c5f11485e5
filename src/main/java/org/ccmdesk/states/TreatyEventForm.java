package org.ccmdesk.states;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The secretariat records a signature, a deposit (with its kind) or a withdrawal, with a
 * date and a source.
 */
record TreatyEventForm(@NotNull TreatyEventKind kind,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, DepositKind depositKind,
        @NotBlank @Size(max = 2000) String source) {

    static TreatyEventForm empty() {
        return new TreatyEventForm(null, null, null, null);
    }
}
