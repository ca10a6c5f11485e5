package org.ccmdesk.meetings;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.ccmdesk.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Meetings")
@RestController
class MeetingApiController {

    /** A meeting with its agenda and the meetings of the same weeks. */
    record MeetingDetail(Meeting meeting, List<AgendaItem> agenda, List<Meeting> related) {
    }

    private final MeetingService meetings;

    MeetingApiController(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Operation(summary = "Every meeting, in date order")
    @GetMapping("/api/meetings")
    List<Meeting> all() {
        return meetings.all();
    }

    @Operation(summary = "One meeting with its agenda and the related meetings of the same weeks")
    @GetMapping("/api/meetings/{id}")
    MeetingDetail one(@PathVariable long id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFoundException("meeting.notFound", id));
        return new MeetingDetail(meeting, meetings.agenda(id), meetings.related(meeting));
    }

}
