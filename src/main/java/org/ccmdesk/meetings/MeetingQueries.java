package org.ccmdesk.meetings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
class MeetingQueries {

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Meeting> all() {
        return jdbc.sql("select * from meeting order by first_day, id").query((rs, n) -> meeting(rs)).list();
    }

    Optional<Meeting> find(long id) {
        return jdbc.sql("select * from meeting where id = :id")
            .param("id", id)
            .query((rs, n) -> meeting(rs))
            .optional();
    }

    List<Meeting> series(long seriesId) {
        return jdbc.sql("select * from meeting where series_id = :s order by first_day, id")
            .param("s", seriesId)
            .query((rs, n) -> meeting(rs))
            .list();
    }

    List<AgendaItem> agenda(long meetingId) {
        return jdbc.sql("select * from agenda_item where meeting_id = :id order by position, id")
            .param("id", meetingId)
            .query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getInt("position"),
                    rs.getString("title"), AgendaTheme.valueOf(rs.getString("theme")),
                    rs.getObject("item_day", LocalDate.class), rs.getObject("starts_at", LocalTime.class),
                    rs.getObject("ends_at", LocalTime.class)))
            .list();
    }

    java.util.Map<Long, MeetingText> texts(String language) {
        java.util.Map<Long, MeetingText> texts = new java.util.HashMap<>();
        jdbc.sql("select * from meeting_text where language = :language")
            .param("language", language)
            .query((rs, n) -> texts.put(rs.getLong("meeting_id"), text(rs)))
            .list();
        return texts;
    }

    Optional<MeetingText> text(long meetingId, String language) {
        return jdbc.sql("select * from meeting_text where meeting_id = :id and language = :language")
            .param("id", meetingId)
            .param("language", language)
            .query((rs, n) -> text(rs))
            .optional();
    }

    /** Agenda item titles in {@code language}, by item id. */
    java.util.Map<Long, String> agendaTitles(long meetingId, String language) {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        jdbc.sql("""
                select t.agenda_item_id, t.title from agenda_item_text t
                  join agenda_item a on a.id = t.agenda_item_id
                 where a.meeting_id = :id and t.language = :language""")
            .param("id", meetingId)
            .param("language", language)
            .query((rs, n) -> titles.put(rs.getLong(1), rs.getString(2)))
            .list();
        return titles;
    }

    MeetingLetterSettings letterSettings(long meetingId) {
        return jdbc.sql("select signatory_name, signatory_title, secretariat_contact from meeting where id = :id")
            .param("id", meetingId)
            .query((rs, n) -> new MeetingLetterSettings(rs.getString(1), rs.getString(2), rs.getString(3)))
            .optional()
            .orElse(new MeetingLetterSettings(null, null, null));
    }

    private static MeetingText text(ResultSet rs) throws SQLException {
        return new MeetingText(rs.getString("language"), rs.getString("name"), rs.getString("venue"),
                rs.getString("address"), rs.getString("city"), rs.getString("country"),
                rs.getString("convening_authority"), rs.getString("signatory_title"));
    }

    static Meeting meeting(ResultSet rs) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                MeetingKind.valueOf(rs.getString("kind")), rs.getBoolean("registration_by_ccm_desk"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getString("venue"), rs.getString("address"), rs.getString("city"), rs.getString("country"),
                rs.getString("time_zone"), rs.getString("web_page"), rs.getString("convening_authority"),
                rs.getObject("registration_opens", LocalDate.class),
                rs.getObject("registration_closes", LocalDate.class), rs.getObject("series_id", Long.class),
                rs.getString("dates_note"), rs.getString("source"), rs.getBoolean("cancelled"),
                rs.getBoolean("shipped"), rs.getString("registration_url"), rs.getString("visa_information_url"));
    }

}
