package org.ccmdesk.obligations;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What was done for one obligation (or a voluntary report): the date (for a report, the
 * date the UN Secretary-General received it), evidence, source, and for reports the
 * language and forms.
 */
record FulfilmentForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate metOn,
        @Size(max = 4000) String evidence, @NotBlank @Size(max = 2000) String source,
        @Size(max = 1000) @Pattern(regexp = "^$|^https?://\\S+$") String link, @Size(max = 40) String language,
        @Size(max = 200) String forms) {

    static FulfilmentForm empty() {
        return new FulfilmentForm(null, null, null, null, null, null);
    }
}
