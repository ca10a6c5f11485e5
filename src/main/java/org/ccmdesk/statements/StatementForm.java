package org.ccmdesk.statements;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A statement uploaded ahead (or recorded by the secretariat): the agenda item, the
 * delegation, its category and language, a title, the text and/or a PDF (sent beside the
 * form), the reports of use it condemns, and the date delivered (secretariat).
 */
record StatementForm(@NotNull Long item, @NotBlank @Size(max = 20) String party, @NotNull StatementCategory category,
        @NotNull UnLanguage language, @NotBlank @Size(max = 300) String title, @Size(max = 100000) String body,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn, List<Long> uses) {

    static StatementForm empty(Long item, String party) {
        return new StatementForm(item, party, StatementCategory.GENERAL, UnLanguage.en, null, null, null, List.of());
    }

    List<Long> useIds() {
        return uses == null ? List.of() : uses.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    boolean hasBody() {
        return body != null && !body.isBlank();
    }

}
