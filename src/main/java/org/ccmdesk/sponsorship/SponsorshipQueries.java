package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading the programme: years, funds, calls, applications, reviews, offers. */
@Component
@Transactional(readOnly = true)
class SponsorshipQueries {

    private final JdbcClient jdbc;

    SponsorshipQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Programme> programmes() {
        return jdbc.sql("select * from sponsorship_programme order by programme_year desc")
            .query(SponsorshipQueries::programme)
            .list();
    }

    Optional<Programme> programme(int year) {
        return jdbc.sql("select * from sponsorship_programme where programme_year = :y")
            .param("y", year)
            .query(SponsorshipQueries::programme)
            .optional();
    }

    List<Fund> funds(int year) {
        return jdbc.sql("select * from sponsorship_fund where programme_year = :y order by id")
            .param("y", year)
            .query(SponsorshipQueries::fund)
            .list();
    }

    Optional<Fund> fund(long id) {
        return jdbc.sql("select * from sponsorship_fund where id = :id")
            .param("id", id)
            .query(SponsorshipQueries::fund)
            .optional();
    }

    List<Review.Question> questions(int year) {
        return jdbc.sql("select * from sponsorship_question where programme_year = :y order by position, id")
            .param("y", year)
            .query((rs, n) -> new Review.Question(rs.getLong("id"), rs.getInt("programme_year"), rs.getInt("position"),
                    rs.getString("question_text"), rs.getBigDecimal("weight")))
            .list();
    }

    Optional<SponsorshipCall> call(long meetingId) {
        List<String> invitees = jdbc
            .sql("select state_iso3 from sponsorship_call_invitee where meeting_id = :m order by state_iso3")
            .param("m", meetingId)
            .query((rs, n) -> rs.getString(1).trim())
            .list();
        return jdbc.sql("select * from sponsorship_call where meeting_id = :m")
            .param("m", meetingId)
            .query((rs, n) -> new SponsorshipCall(rs.getLong("meeting_id"), rs.getInt("programme_year"),
                    rs.getObject("opens", LocalDate.class), rs.getObject("closes", LocalDate.class),
                    rs.getBigDecimal("dsa_rate"), rs.getBigDecimal("hotel_rate"), rs.getBigDecimal("travel_estimate"),
                    rs.getInt("places_per_delegation"), rs.getString("conditions"), rs.getInt("offer_round"),
                    new HashSet<>(invitees)))
            .optional();
    }

    /** The meetings with a call, by the meeting's first day, for a programme year. */
    List<Long> callMeetings(Integer year) {
        return jdbc
            .sql("select c.meeting_id from sponsorship_call c join meeting m on m.id = c.meeting_id"
                    + (year == null ? "" : " where c.programme_year = :y") + " order by m.first_day desc")
            .param("y", year)
            .query(Long.class)
            .list();
    }

    Optional<Application> application(long id) {
        return jdbc.sql("select * from sponsorship_application where id = :id")
            .param("id", id)
            .query(SponsorshipQueries::application)
            .optional();
    }

    Optional<Application> applicationOfRegistration(long registrationId) {
        return jdbc.sql("select * from sponsorship_application where registration_id = :r")
            .param("r", registrationId)
            .query(SponsorshipQueries::application)
            .optional();
    }

    List<Application> applications(long meetingId) {
        return jdbc.sql("select * from sponsorship_application where meeting_id = :m order by id")
            .param("m", meetingId)
            .query(SponsorshipQueries::application)
            .list();
    }

    List<Application> allApplications() {
        return jdbc.sql("select * from sponsorship_application order by id desc")
            .query(SponsorshipQueries::application)
            .list();
    }

    List<Review> reviews(long applicationId) {
        return jdbc.sql("select * from sponsorship_review where application_id = :a order by reviewed_at, id")
            .param("a", applicationId)
            .query(SponsorshipQueries::review)
            .list();
    }

    /** Every review of a meeting's applications, by application. */
    Map<Long, List<Review>> reviewsOfMeeting(long meetingId) {
        Map<Long, List<Review>> all = new HashMap<>();
        jdbc.sql("""
                select r.* from sponsorship_review r join sponsorship_application a on a.id = r.application_id
                 where a.meeting_id = :m order by r.reviewed_at, r.id""")
            .param("m", meetingId)
            .query(SponsorshipQueries::review)
            .list()
            .forEach(r -> all.computeIfAbsent(r.applicationId(), k -> new ArrayList<>()).add(r));
        return all;
    }

    List<Offer> offers(long applicationId) {
        return offersWhere("o.application_id = :p", applicationId);
    }

    Optional<Offer> offer(long id) {
        return offersWhere("o.id = :p", id).stream().findFirst();
    }

    /** Every offer of a meeting's applications, newest last, by application. */
    Map<Long, List<Offer>> offersOfMeeting(long meetingId) {
        Map<Long, List<Offer>> all = new LinkedHashMap<>();
        offersWhere("o.application_id in (select id from sponsorship_application where meeting_id = :p)", meetingId)
            .forEach(o -> all.computeIfAbsent(o.applicationId(), k -> new ArrayList<>()).add(o));
        return all;
    }

    /** Every offer of a programme year. */
    List<Offer> offersOfYear(int year) {
        return offersWhere("o.programme_year = :p", year);
    }

    /** Open offers whose expiry is before {@code today}. */
    List<Long> expiredOffers(LocalDate today) {
        return jdbc.sql("select id from sponsorship_offer where status = 'OPEN' and expires < :today order by id")
            .param("today", today)
            .query(Long.class)
            .list();
    }

    /** The history of an application's outcome, oldest first. */
    List<OutcomeChange> history(long applicationId) {
        return jdbc.sql("select * from sponsorship_outcome_history where application_id = :a order by changed_at, id")
            .param("a", applicationId)
            .query((rs, n) -> new OutcomeChange(Outcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                    rs.getString("changed_by"), rs.getObject("changed_at", OffsetDateTime.class)))
            .list();
    }

    /**
     * Whether the state's delegation had an accepted (or paid) item at one of the two
     * meetings with a call before {@code firstDay}.
     */
    boolean sponsoredAtLastTwo(String iso3, LocalDate firstDay) {
        List<Long> lastTwo = jdbc.sql("""
                select c.meeting_id from sponsorship_call c join meeting m on m.id = c.meeting_id
                 where m.first_day < :day order by m.first_day desc fetch first 2 rows only""")
            .param("day", firstDay)
            .query(Long.class)
            .list();
        if (lastTwo.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from sponsorship_offer_item i join sponsorship_offer o on o.id = i.offer_id
                  join sponsorship_application a on a.id = o.application_id
                 where a.state_iso3 = :iso3 and a.meeting_id in (:meetings) and i.status in ('ACCEPTED', 'PAID')""")
            .param("iso3", iso3)
            .param("meetings", lastTwo)
            .query(Long.class)
            .single() > 0;
    }

    /**
     * The sums of the items of a year, straight from the items: for checks and reports.
     */
    Map<String, BigDecimal> itemSums(int year) {
        return jdbc.sql("""
                select coalesce(sum(case when i.status in ('OFFERED', 'ACCEPTED') then i.amount end), 0) committed,
                       coalesce(sum(case when i.status = 'PAID' then i.paid end), 0) spent
                  from sponsorship_offer_item i join sponsorship_offer o on o.id = i.offer_id
                 where o.programme_year = :y""")
            .param("y", year)
            .query((rs, n) -> Map.of("committed", Money.chf(rs.getBigDecimal(1)), "spent",
                    Money.chf(rs.getBigDecimal(2))))
            .single();
    }

    private List<Offer> offersWhere(String where, Object param) {
        Map<Long, List<Offer.Item>> items = new HashMap<>();
        jdbc.sql("select i.* from sponsorship_offer_item i join sponsorship_offer o on o.id = i.offer_id where " + where
                + " order by i.offer_id, i.kind")
            .param("p", param)
            .query((rs, n) -> new Offer.Item(rs.getLong("offer_id"), CostKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("amount"), ItemStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                    rs.getString("answered_by"), rs.getObject("answered_at", OffsetDateTime.class),
                    rs.getBigDecimal("paid")))
            .list()
            .forEach(i -> items.computeIfAbsent(i.offerId(), k -> new ArrayList<>()).add(i));
        return jdbc.sql("select o.* from sponsorship_offer o where " + where + " order by o.id")
            .param("p", param)
            .query((rs, n) -> new Offer(rs.getLong("id"), rs.getLong("application_id"), rs.getInt("programme_year"),
                    rs.getInt("offer_round"), rs.getObject("expires", LocalDate.class), rs.getString("status"),
                    rs.getString("made_by"), rs.getObject("made_at", OffsetDateTime.class),
                    items.getOrDefault(rs.getLong("id"), List.of())))
            .list();
    }

    private static Programme programme(ResultSet rs, int n) throws SQLException {
        return new Programme(rs.getInt("programme_year"), rs.getBoolean("count_pledged"),
                rs.getBoolean("lower_middle_income"), rs.getInt("reviews_required"), rs.getBigDecimal("counted"),
                rs.getBigDecimal("committed"), rs.getBigDecimal("spent"));
    }

    private static Fund fund(ResultSet rs, int n) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        return new Fund(rs.getLong("id"), rs.getInt("programme_year"), rs.wasNull() ? null : meeting,
                rs.getString("donor"), rs.getBigDecimal("amount"), FundCurrency.valueOf(rs.getString("currency")),
                rs.getBigDecimal("rate"), rs.getBigDecimal("amount_chf"), FundStatus.valueOf(rs.getString("status")),
                rs.getObject("pledged_on", LocalDate.class), rs.getObject("received_on", LocalDate.class),
                rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class));
    }

    private static Application application(ResultSet rs, int n) throws SQLException {
        return new Application(rs.getLong("id"), rs.getLong("meeting_id"), rs.getLong("registration_id"),
                rs.getString("state_iso3").trim(), rs.getString("travel_from"), rs.getBigDecimal("travel_amount"),
                rs.getInt("dsa_days"), rs.getBigDecimal("dsa_amount"), rs.getInt("hotel_nights"),
                rs.getBigDecimal("hotel_amount"), rs.getString("motivation"), rs.getBoolean("eligible"),
                Reason.read(rs.getString("eligibility_reasons")), rs.getInt("priority"),
                Reason.read(rs.getString("priority_reasons")), Outcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("withdrawal_flagged"), rs.getString("applied_by"),
                rs.getObject("applied_at", OffsetDateTime.class));
    }

    private static Review review(ResultSet rs, int n) throws SQLException {
        return new Review(rs.getLong("id"), rs.getLong("application_id"), rs.getString("reviewer"),
                rs.getBigDecimal("score"), rs.getString("review_comment"),
                rs.getObject("reviewed_at", OffsetDateTime.class));
    }

    /** One change of an application's outcome. */
    record OutcomeChange(Outcome outcome, String note, String by, OffsetDateTime at) {
    }

}
