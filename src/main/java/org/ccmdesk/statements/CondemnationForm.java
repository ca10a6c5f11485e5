package org.ccmdesk.statements;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A state's condemnation of a reported use made elsewhere (a national declaration, a
 * vote) or in a statement: the body of {@code POST /api/condemnations} and the form of
 * the use's page.
 */
record CondemnationForm(@NotNull Long use, @NotBlank @Size(max = 3) String party,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
        @NotBlank @Size(max = 1000) String source, @Size(max = 1000) String link, Long statementId) {

    static CondemnationForm empty(Long use) {
        return new CondemnationForm(use, null, null, null, null, null);
    }

}
