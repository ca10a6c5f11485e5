package org.ccmdesk.sponsorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For modules that only read (the briefing memos, the desks): a meeting's sponsorship
 * call, a state's applications to it, and what a reviewer has still to review.
 */
@Service
public class SponsorshipOutlook {

    private final SponsorshipQueries queries;

    private final JdbcClient jdbc;

    SponsorshipOutlook(SponsorshipQueries queries, JdbcClient jdbc) {
        this.queries = queries;
        this.jdbc = jdbc;
    }

    /**
     * The call: when it opens and closes, and whether the state is among the states
     * invited to apply.
     */
    public record CallOutline(LocalDate opens, LocalDate closes, boolean stateInvited, int placesPerDelegation) {

        public boolean openOn(LocalDate date) {
            return (opens == null || !date.isBefore(opens)) && (closes == null || !date.isAfter(closes));
        }
    }

    /** One application of the state's delegation: eligible or not, and its outcome. */
    public record ApplicationOutline(long registrationId, boolean eligible, String outcome) {
    }

    @Transactional(readOnly = true)
    public Optional<CallOutline> call(long meetingId, String iso3) {
        return queries.call(meetingId)
            .map(c -> new CallOutline(c.opens(), c.closes(), c.invitees().contains(iso3), c.placesPerDelegation()));
    }

    @Transactional(readOnly = true)
    public List<ApplicationOutline> applications(long meetingId, String iso3) {
        return jdbc.sql("""
                select registration_id, eligible, outcome from sponsorship_application
                 where meeting_id = :m and state_iso3 = :iso3 order by id""")
            .param("m", meetingId)
            .param("iso3", iso3)
            .query((rs, n) -> new ApplicationOutline(rs.getLong(1), rs.getBoolean(2), rs.getString(3)))
            .list();
    }

    /** A meeting whose eligible applications wait for a reviewer's review: how many. */
    public record ReviewWork(long meetingId, int waiting) {
    }

    /**
     * Per meeting not over on {@code today}, the eligible applications still to be
     * decided (eligible or shortlisted) that {@code reviewer} (the reviewer's e-mail
     * address) has not reviewed yet.
     */
    @Transactional(readOnly = true)
    public List<ReviewWork> awaitingReview(String reviewer, java.time.LocalDate today) {
        return jdbc.sql("""
                select a.meeting_id, count(*) from sponsorship_application a
                  join meeting m on m.id = a.meeting_id
                 where a.eligible and a.outcome in ('ELIGIBLE', 'SHORTLISTED') and m.last_day >= :today
                   and not exists (select 1 from sponsorship_review r
                                    where r.application_id = a.id and r.reviewer = :reviewer)
                 group by a.meeting_id order by a.meeting_id""")
            .param("today", today)
            .param("reviewer", reviewer)
            .query((rs, n) -> new ReviewWork(rs.getLong(1), rs.getInt(2)))
            .list();
    }

}
