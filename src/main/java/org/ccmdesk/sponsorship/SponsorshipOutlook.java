package org.ccmdesk.sponsorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For modules that only read (the briefing memos): a meeting's sponsorship call and a
 * state's applications to it.
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

}
