package org.ccmdesk.statements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading speakers' lists and their entries. */
@Component
class SpeakerQueries {

    /** The time a delegation spoke at a meeting (seconds, number of speeches). */
    record TimeUsed(Party party, long seconds, int speeches) {
    }

    private final JdbcClient jdbc;

    SpeakerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SpeakerList> listOfItem(long agendaItemId) {
        return jdbc.sql("select * from speaker_list where agenda_item_id = :item")
            .param("item", agendaItemId)
            .query(SpeakerQueries::list)
            .optional();
    }

    Optional<SpeakerList> list(long listId) {
        return jdbc.sql("select * from speaker_list where id = :id")
            .param("id", listId)
            .query(SpeakerQueries::list)
            .optional();
    }

    List<SpeakerEntry> entries(long listId) {
        return jdbc.sql("select * from speaker_entry where list_id = :list order by position, seq")
            .param("list", listId)
            .query(SpeakerQueries::entry)
            .list();
    }

    Optional<SpeakerEntry> entry(long entryId) {
        return jdbc.sql("select * from speaker_entry where id = :id")
            .param("id", entryId)
            .query(SpeakerQueries::entry)
            .optional();
    }

    /**
     * The list the room follows: the one with a speech under way, else the one where a
     * speech started last; empty when nothing has started at the meeting.
     */
    Optional<Long> activeListItem(long meetingId) {
        return jdbc.sql("""
                select l.agenda_item_id from speaker_entry e join speaker_list l on l.id = e.list_id
                 where l.meeting_id = :meeting and e.started_at is not null
                 order by case when e.status = 'SPEAKING' then 0 else 1 end, e.started_at desc, e.id desc
                 fetch first 1 rows only""").param("meeting", meetingId).query(Long.class).optional();
    }

    /** Time used per delegation over every list of the meeting, most first. */
    List<TimeUsed> timeUsed(long meetingId) {
        return jdbc
            .sql("""
                    select e.state_iso3, e.organisation_id, sum(coalesce(e.seconds_used, 0)) as seconds, count(*) as speeches
                      from speaker_entry e join speaker_list l on l.id = e.list_id
                     where l.meeting_id = :meeting and e.status = 'SPOKEN'
                     group by e.state_iso3, e.organisation_id
                     order by seconds desc, e.state_iso3, e.organisation_id""")
            .param("meeting", meetingId)
            .query((rs, n) -> new TimeUsed(party(rs), rs.getLong("seconds"), rs.getInt("speeches")))
            .list();
    }

    OrderRule orderRule(long meetingId) {
        return jdbc.sql("select order_rule from speaking_rule where meeting_id = :m")
            .param("m", meetingId)
            .query(String.class)
            .optional()
            .map(OrderRule::valueOf)
            .orElse(OrderRule.BY_TIME);
    }

    static Party party(ResultSet rs) throws SQLException {
        String iso3 = rs.getString("state_iso3");
        return iso3 != null ? Party.state(iso3.trim()) : Party.organisation(rs.getLong("organisation_id"));
    }

    private static SpeakerList list(ResultSet rs, int n) throws SQLException {
        int group = rs.getInt("group_time_limit_seconds");
        boolean noGroupLimit = rs.wasNull();
        return new SpeakerList(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("agenda_item_id"),
                rs.getBoolean("closed"), rs.getObject("inscription_deadline", OffsetDateTime.class),
                rs.getInt("time_limit_seconds"), noGroupLimit ? null : group);
    }

    private static SpeakerEntry entry(ResultSet rs, int n) throws SQLException {
        int used = rs.getInt("seconds_used");
        Integer secondsUsed = rs.wasNull() ? null : used;
        return new SpeakerEntry(rs.getLong("id"), rs.getLong("list_id"), rs.getInt("seq"), rs.getInt("position"),
                party(rs), SpeakerGroup.valueOf(rs.getString("speaker_group")), rs.getString("speaker"),
                SpeechType.valueOf(rs.getString("speech_type")), StatementCategory.valueOf(rs.getString("category")),
                rs.getBoolean("group_statement"), EntryStatus.valueOf(rs.getString("status")),
                rs.getObject("inscribed_at", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("paused_at", OffsetDateTime.class), rs.getInt("paused_seconds"),
                rs.getObject("ended_at", OffsetDateTime.class), secondsUsed);
    }

}
