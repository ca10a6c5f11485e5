package org.ccmdesk.registration;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ccmdesk.registration.ParticipantList.PublicMember;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Participants")
@RestController
class ParticipantListApiController {

    private final ParticipantLists lists;

    ParticipantListApiController(ParticipantLists lists) {
        this.lists = lists;
    }

    @Operation(summary = "The public list of participants of a meeting: approved people who agreed to appear on it, "
            + "grouped as States Parties, signatories, states not party, then organisations by kind; no contact details")
    @GetMapping("/api/meetings/{id}/participants")
    ParticipantList<PublicMember> participants(@PathVariable long id, Locale locale) {
        return ParticipantList.publicList(lists.full(lists.meeting(id, locale), locale));
    }

}
