package org.ccmdesk.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where one letter goes (when not the usual mission) and in which language it is written.
 */
record ChannelForm(@NotBlank @Size(max = 500) String channel, @NotBlank @Pattern(regexp = "en|fr|es") String language) {

    static ChannelForm of(Invitation invitation) {
        return new ChannelForm(invitation.channel(), invitation.language());
    }
}
