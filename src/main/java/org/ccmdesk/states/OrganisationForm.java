package org.ccmdesk.states;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record OrganisationForm(@NotBlank @Size(max = 200) String name, @Size(max = 30) String acronym,
        @NotNull OrganisationKind kind, boolean active) {

    static OrganisationForm of(Organisation organisation) {
        return new OrganisationForm(organisation.name(), organisation.acronym(), organisation.kind(), organisation.active());
    }
}
