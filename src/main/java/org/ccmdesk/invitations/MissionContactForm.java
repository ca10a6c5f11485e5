package org.ccmdesk.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One mission address as the secretariat types it: the party ({@code FRA} or
 * {@code org-12}), the address, the name or office (optional) and the language the
 * mission reads. The address and language rules are {@link MissionContactEntry}'s, so
 * that the form and the import keep the same ones.
 */
record MissionContactForm(@NotBlank @Size(max = 20) String party, @NotBlank @Size(max = 254) String email,
        @Size(max = 200) String name, @NotBlank @Size(max = 2) String language) {

    static MissionContactForm empty(String party) {
        return new MissionContactForm(party, null, null, "en");
    }

    static MissionContactForm of(MissionContact contact) {
        return new MissionContactForm(contact.party().key(), contact.email(), contact.name(), contact.language());
    }

}
