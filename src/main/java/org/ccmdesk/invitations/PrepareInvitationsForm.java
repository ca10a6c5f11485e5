package org.ccmdesk.invitations;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Preparing the invitations of a meeting: the signatory and date of every letter (asked
 * once), the language of the new letters and the organisations invited besides every
 * state.
 */
record PrepareInvitationsForm(@NotBlank @Size(max = 200) String signatoryName,
        @NotBlank @Size(max = 500) String signatoryTitle,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate letterDate,
        @NotBlank @Pattern(regexp = "en|fr|es") String language, List<Long> organisations) {

    static PrepareInvitationsForm empty() {
        return new PrepareInvitationsForm(null, null, null, "en", List.of());
    }

    public List<Long> organisationIds() {
        return organisations == null ? List.of() : organisations.stream().filter(id -> id != null).distinct().toList();
    }
}
