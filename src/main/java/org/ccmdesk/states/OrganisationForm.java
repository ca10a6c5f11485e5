package org.ccmdesk.states;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record OrganisationForm(@NotBlank @Size(max = 200) String name, @Size(max = 30) String acronym,
        @NotNull OrganisationKind kind, Boolean active) {

    /** An unticked checkbox sends nothing: inactive. */
    boolean isActive() {
        return Boolean.TRUE.equals(active);
    }

    static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.acronym(), organisation.kind(),
                organisation.active());
    }
}
