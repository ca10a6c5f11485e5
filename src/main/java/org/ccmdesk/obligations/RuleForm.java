package org.ccmdesk.obligations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A rule the secretariat adds to the catalogue without code. Which of {@code amount} and
 * the yearly day and month are needed depends on the deadline kind: {@link RuleCatalogue}
 * checks that.
 */
record RuleForm(@NotBlank @Pattern(regexp = "^$|^[A-Z][A-Z0-9_]{2,59}$", message = "{rule.idFormat}") String id,
        @NotBlank @Size(max = 300) String sourceText, @NotNull Theme theme, @NotBlank @Size(max = 200) String titleEn,
        @NotBlank @Size(max = 200) String titleFr, @NotBlank @Size(max = 200) String titleEs,
        @NotBlank @Size(max = 1000) String descriptionEn, @NotBlank @Size(max = 1000) String descriptionFr,
        @NotBlank @Size(max = 1000) String descriptionEs, @NotNull AppliesTo appliesTo,
        @NotNull DeadlineKind deadlineKind,
        @Min(value = 1, message = "{rule.amountRange}") @Max(value = 3650,
                message = "{rule.amountRange}") Integer amount,
        Integer yearlyMonth, Integer yearlyDay, @Min(value = 1, message = "{rule.extensionRange}") @Max(value = 10,
                message = "{rule.extensionRange}") Integer extensionYears) {

    static RuleForm empty() {
        return new RuleForm(null, null, null, null, null, null, null, null, null, AppliesTo.ALL, null, null, null, null,
                null);
    }

    /**
     * The kinds whose deadline is an amount of days, months or years after entry into
     * force.
     */
    boolean needsAmount() {
        return deadlineKind == DeadlineKind.DAYS_AFTER_EIF || deadlineKind == DeadlineKind.MONTHS_AFTER_EIF
                || deadlineKind == DeadlineKind.YEARS_AFTER_EIF;
    }
}
