package org.ccmdesk.invitations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ccmdesk.states.Party;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading invitations, their reminders and the mission addresses they go to. */
@Repository
class InvitationQueries {

    private static final String SELECT = """
            select i.*, (select count(*) from invitation_reminder r where r.invitation_id = i.id) as reminders,
                   (select max(r.reminded_on) from invitation_reminder r where r.invitation_id = i.id) as last_reminder
              from invitation i""";

    private static final String CONTACTS = "select id, state_iso3, organisation_id, email, name, language from mission_contact";

    private final JdbcClient jdbc;

    InvitationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Invitation> find(long id) {
        return jdbc.sql(SELECT + " where i.id = :id").param("id", id).query(InvitationQueries::invitation).optional();
    }

    List<Invitation> forMeeting(long meetingId) {
        return jdbc.sql(SELECT + " where i.meeting_id = :meeting order by i.id")
            .param("meeting", meetingId)
            .query(InvitationQueries::invitation)
            .list();
    }

    List<Invitation> forStates(Collection<String> iso3) {
        if (iso3.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where i.state_iso3 in (:states) order by i.letter_date desc, i.id")
            .param("states", iso3)
            .query(InvitationQueries::invitation)
            .list();
    }

    Set<Party> invitees(long meetingId) {
        return Set.copyOf(jdbc.sql("select state_iso3, organisation_id from invitation where meeting_id = :meeting")
            .param("meeting", meetingId)
            .query((rs, n) -> party(rs))
            .list());
    }

    List<LocalDate> reminders(long invitationId) {
        return jdbc
            .sql("select reminded_on from invitation_reminder where invitation_id = :id order by reminded_on, id")
            .param("id", invitationId)
            .query(LocalDate.class)
            .list();
    }

    /** Every mission address, by party then address. */
    List<MissionContact> contacts() {
        return jdbc.sql(CONTACTS + " order by state_iso3, organisation_id, email")
            .query(InvitationQueries::contact)
            .list();
    }

    Optional<MissionContact> contact(long id) {
        return jdbc.sql(CONTACTS + " where id = :id").param("id", id).query(InvitationQueries::contact).optional();
    }

    /** The addresses through which {@code party} is written to, in a stable order. */
    List<MissionContact> contactsOf(Party party) {
        String where = party.isState() ? " where state_iso3 = :party" : " where organisation_id = :party";
        return jdbc.sql(CONTACTS + where + " order by id")
            .param("party", party.isState() ? party.iso3() : party.organisationId())
            .query(InvitationQueries::contact)
            .list();
    }

    Optional<MissionContact> contact(Party party, String email) {
        String where = party.isState() ? " where state_iso3 = :party" : " where organisation_id = :party";
        return jdbc.sql(CONTACTS + where + " and email = :email")
            .param("party", party.isState() ? party.iso3() : party.organisationId())
            .param("email", email)
            .query(InvitationQueries::contact)
            .optional();
    }

    /**
     * The prepared invitations of a meeting that can go by e-mail today: their invitee
     * has an address and their letter is not dated after today.
     */
    List<Long> sendable(long meetingId, LocalDate today) {
        return jdbc.sql("""
                select i.id from invitation i
                 where i.meeting_id = :meeting and i.status = 'PREPARED' and i.letter_date <= :today
                   and exists (select 1 from mission_contact c
                                where c.state_iso3 = i.state_iso3 or c.organisation_id = i.organisation_id)
                 order by i.id""").param("meeting", meetingId).param("today", today).query(Long.class).list();
    }

    private static MissionContact contact(ResultSet rs, int row) throws SQLException {
        return new MissionContact(rs.getLong("id"), party(rs), rs.getString("email"), rs.getString("name"),
                rs.getString("language"));
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("meeting_id"), party(rs), rs.getString("channel"),
                rs.getString("language"), rs.getString("signatory_name"), rs.getString("signatory_title"),
                date(rs, "letter_date"), date(rs, "sent_on"), date(rs, "answered_on"),
                InvitationStatus.valueOf(rs.getString("status")), rs.getInt("reminders"), date(rs, "last_reminder"),
                rs.getBoolean("channel_custom"));
    }

    private static Party party(ResultSet rs) throws SQLException {
        String iso3 = rs.getString("state_iso3");
        return iso3 != null ? Party.state(iso3.trim()) : Party.organisation(rs.getLong("organisation_id"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

}
