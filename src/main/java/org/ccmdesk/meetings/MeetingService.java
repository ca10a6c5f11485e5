package org.ccmdesk.meetings;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading meetings, their agendas and the meetings of the same series. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingQueries queries;

    MeetingService(MeetingQueries queries) {
        this.queries = queries;
    }

    public List<Meeting> all() {
        return queries.all();
    }

    public Optional<Meeting> find(long id) {
        return queries.find(id);
    }

    public List<AgendaItem> agenda(long meetingId) {
        return queries.agenda(meetingId);
    }

    /**
     * The meeting's calendar file (iCalendar, RFC 5545: one all-day event), as the
     * meeting's page offers it; for a message to attach.
     */
    public String calendar(Meeting meeting) {
        return MeetingCalendar.of(List.of(meeting));
    }

    /** The other meetings of the same weeks (empty when the meeting has no series). */
    public List<Meeting> related(Meeting meeting) {
        return meeting.seriesId() == null ? List.of()
                : queries.series(meeting.seriesId()).stream().filter(m -> m.id() != meeting.id()).toList();
    }

}
