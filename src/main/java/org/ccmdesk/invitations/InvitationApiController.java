package org.ccmdesk.invitations;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The invitation funnel of a meeting as JSON (secretariat). */
@RestController
class InvitationApiController {

    private final InvitationService invitations;

    InvitationApiController(InvitationService invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/api/meetings/{id}/funnel")
    InvitationFunnel funnel(@PathVariable long id) {
        return invitations.funnel(id);
    }

}
