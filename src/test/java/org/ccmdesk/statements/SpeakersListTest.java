package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.support.DatabaseTest;
import org.ccmdesk.support.Race;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.StatusConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Speakers' lists on the database (H2 and PostgreSQL): concurrent inscriptions, the API's
 * answers, the grouped order with real statuses as of the meeting's first day, the
 * console and the room view. Each test has its own meeting (a copy of the 2014
 * Intersessional's dates) so that nothing depends on another test's entries.
 */
@DatabaseTest
class SpeakersListTest {

    static final LocalDate FIRST_DAY = LocalDate.of(2014, 4, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    SpeakersLists lists;

    @Autowired
    TreatyStatusService treaty;

    long meeting;

    long item;

    CcmUser secretariat;

    @BeforeEach
    void meeting() {
        meeting = newMeeting(jdbc);
        item = newItem(jdbc, meeting, 1, "Universalization");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    static long newMeeting(JdbcClient jdbc) {
        return GeneratedId.insert(jdbc
            .sql("""
                    insert into meeting (name, short_name, kind, registration_by_ccm_desk, first_day, last_day, time_zone, source,
                           cancelled, shipped, created_at)
                    values ('Speakers test meeting', 'Speakers test', 'INTERSESSIONAL', true, :first, :last, 'Europe/Zurich',
                            'test', false, false, current_timestamp)""")
            .param("first", FIRST_DAY)
            .param("last", FIRST_DAY.plusDays(2)));
    }

    static long newItem(JdbcClient jdbc, long meeting, int position, String title) {
        return GeneratedId.insert(jdbc.sql("""
                insert into agenda_item (meeting_id, position, title, theme) values (:m, :p, :t, 'UNIVERSALISATION')""")
            .param("m", meeting)
            .param("p", position)
            .param("t", title));
    }

    private Inscription statement(String party) {
        return new Inscription(item, party, "Ambassador of " + party, SpeechType.STATEMENT, StatementCategory.GENERAL,
                false);
    }

    record Row(int seq, int position, String party) {
    }

    private List<Row> rows() {
        return jdbc.sql("""
                select e.seq, e.position, e.party_key from speaker_entry e join speaker_list l on l.id = e.list_id
                 where l.agenda_item_id = :item order by e.position""")
            .param("item", item)
            .query((rs, n) -> new Row(rs.getInt(1), rs.getInt(2), rs.getString(3)))
            .list();
    }

    @Test
    void twoFocalPointsInscribingAtTheSameMomentAreBothKeptInTheOrderOfInscription() throws Exception {
        for (int round = 0; round < 4; round++) {
            item = newItem(jdbc, meeting, 10 + round, "Round " + round);
            CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
            CcmUser chile = accounts.create(Role.FOCAL_POINT, "CHL");
            List<Object> outcomes = Race.run(List.of(Race.as(norway, () -> lists.inscribe(meeting, statement("NOR"))),
                    Race.as(chile, () -> lists.inscribe(meeting, statement("CHL")))));
            assertThat(outcomes).as("round %s", round).allMatch(Long.class::isInstance);
            List<Row> rows = rows();
            assertThat(rows).extracting(Row::party).containsExactlyInAnyOrder("NOR", "CHL");
            assertThat(rows).extracting(Row::position).containsExactly(1, 2);
            // by time: the one numbered first speaks first
            assertThat(rows).extracting(Row::seq).containsExactly(1, 2);
            assertThat(jdbc.sql("select count(*) from speaker_list where agenda_item_id = :i")
                .param("i", item)
                .query(Long.class)
                .single()).isEqualTo(1);
        }
    }

    @Test
    void theSameDelegationTwiceAtTheSameMomentIsInscribedOnce() throws Exception {
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        CcmUser norwayToo = accounts.create(Role.FOCAL_POINT, "NOR");
        List<Object> outcomes = Race.run(List.of(Race.as(norway, () -> lists.inscribe(meeting, statement("NOR"))),
                Race.as(norwayToo, () -> lists.inscribe(meeting, statement("NOR")))));
        assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(StatusConflict.class::isInstance).hasSize(1);
        assertThat(rows()).extracting(Row::party).containsExactly("NOR");
    }

    private String json(String party, String type) {
        return """
                {"item": %d, "party": "%s", "speaker": "H.E. Ambassador", "speechType": "%s", "category": "GENERAL"}"""
            .formatted(item, party, type);
    }

    @Test
    void theApiAnswers201Then409ThenForAnotherDelegationOrAfterTheDeadline403() throws Exception {
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        String path = "/api/meetings/" + meeting + "/speakers";
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(norway))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("NOR", "STATEMENT"))).andExpect(status().isCreated());
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(norway))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("NOR", "STATEMENT"))).andExpect(status().isConflict());
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(norway))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("FRA", "STATEMENT"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(norway))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"item\": " + item + ", \"party\": \"NOR\"}")).andExpect(status().isBadRequest());
        jdbc.sql("update speaker_list set inscription_deadline = :d where agenda_item_id = :i")
            .param("d", OffsetDateTime.parse("2014-04-01T12:00:00+02:00"))
            .param("i", item)
            .update();
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(norway))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("NOR", "RIGHT_OF_REPLY"))).andExpect(status().isForbidden());
        mvc.perform(post(path).with(csrf())
            .with(TestAccounts.as(secretariat))
            .contentType(MediaType.APPLICATION_JSON)
            .content(json("NOR", "RIGHT_OF_REPLY"))).andExpect(status().isCreated());
        mvc.perform(get(path).param("item", String.valueOf(item)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].position").value(1))
            .andExpect(jsonPath("$[0].party").value("NOR"))
            .andExpect(jsonPath("$[0].partyName").value("Norway"))
            .andExpect(jsonPath("$[0].speechType").value("STATEMENT"))
            .andExpect(jsonPath("$[0].state").value("WAITING"))
            .andExpect(jsonPath("$[1].speechType").value("RIGHT_OF_REPLY"));
    }

    @Test
    void groupedByStatusAsOfTheFirstDayAStateThatRatifiedLaterIsASignatory() throws Exception {
        List<StateStatus> then = treaty.statusOfAll(FIRST_DAY, Locale.ENGLISH);
        List<StateStatus> now = treaty.statusOfAll(treaty.today(), Locale.ENGLISH);
        // a state that was a signatory at the meeting and is a State Party today, from
        // the reference data
        String ratifiedLater = then.stream()
            .filter(s -> s.status() == TreatyStatus.SIGNATORY)
            .map(StateStatus::iso3)
            .filter(iso3 -> now.stream().anyMatch(s -> s.iso3().equals(iso3) && s.status().isStateParty()))
            .findFirst()
            .orElseThrow();
        String stateParty = then.stream().filter(s -> s.status().isStateParty()).findFirst().orElseThrow().iso3();
        String notParty = then.stream()
            .filter(s -> s.status() == TreatyStatus.NOT_SIGNATORY)
            .findFirst()
            .orElseThrow()
            .iso3();
        mvc.perform(post("/meetings/" + meeting + "/speaking-order").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("rule", "GROUPED")).andExpect(status().is3xxRedirection());
        for (String party : List.of(notParty, ratifiedLater, stateParty)) {
            mvc.perform(post("/api/meetings/" + meeting + "/speakers").with(csrf())
                .with(TestAccounts.as(secretariat))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json(party, "STATEMENT"))).andExpect(status().isCreated());
        }
        assertThat(rows()).extracting(Row::party).containsExactly(stateParty, ratifiedLater, notParty);
        assertThat(jdbc
            .sql("select speaker_group from speaker_entry where party_key = :p and list_id = "
                    + "(select id from speaker_list where agenda_item_id = :i)")
            .param("p", ratifiedLater)
            .param("i", item)
            .query(String.class)
            .single()).isEqualTo("SIGNATORIES");
    }

    @Test
    void theConsoleGivesTheFloorAndTheRoomViewFollowsIt() throws Exception {
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        CcmUser chile = accounts.create(Role.FOCAL_POINT, "CHL");
        Race.run(List.of(Race.as(norway, () -> lists.inscribe(meeting, statement("NOR")))));
        Race.run(List.of(Race.as(chile, () -> lists.inscribe(meeting, statement("CHL")))));
        String room = "/meetings/" + meeting + "/room/now";
        mvc.perform(get(room))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Nobody is speaking.")));
        mvc.perform(post("/meetings/" + meeting + "/console/next").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("item", String.valueOf(item))).andExpect(status().is3xxRedirection());
        mvc.perform(get(room))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"current-party\">Norway<")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString(">5:00<")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Chile")));
        // a focal point cannot run the console
        mvc.perform(post("/meetings/" + meeting + "/console/next").with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))).andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + meeting + "/console/next").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("item", String.valueOf(item))).andExpect(status().is3xxRedirection());
        mvc.perform(get(room))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"current-party\">Chile<")));
        mvc.perform(get("/meetings/" + meeting + "/console").with(TestAccounts.as(secretariat))
            .param("item", String.valueOf(item)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Time used per delegation")));
        assertThat(jdbc
            .sql("select status from speaker_entry where party_key = 'NOR' and list_id = "
                    + "(select id from speaker_list where agenda_item_id = :i)")
            .param("i", item)
            .query(String.class)
            .single()).isEqualTo("SPOKEN");
        assertThat(
                jdbc.sql("select count(*) from audit_entry where entity_type = 'speaker_entry' and action = 'SPOKEN'")
                    .query(Long.class)
                    .single())
            .isPositive();
    }

    @Test
    void theSecretariatClosesTheListAndSetsItsDeadlineAndLimitsFocalPointsAreThenRefused() throws Exception {
        CcmUser norway = accounts.create(Role.FOCAL_POINT, "NOR");
        long list = lists.listFor(meeting, item).id();
        mvc.perform(post("/speaker-lists/" + list + "/settings").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("deadline", "2014-04-08T10:00")
            .param("limitMinutes", "3")
            .param("groupLimitMinutes", "7")).andExpect(status().is3xxRedirection());
        SpeakerList saved = lists.listFor(meeting, item);
        assertThat(saved.timeLimitSeconds()).isEqualTo(180);
        assertThat(saved.limitFor(true)).isEqualTo(420);
        assertThat(saved.inscriptionDeadline().toInstant())
            .isEqualTo(OffsetDateTime.parse("2014-04-08T10:00:00+02:00").toInstant());
        mvc.perform(post("/speaker-lists/" + list + "/settings").with(csrf())
            .with(TestAccounts.as(secretariat))
            .param("limitMinutes", "0"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("form-errors")));
        jdbc.sql("update speaker_list set inscription_deadline = null where id = :id").param("id", list).update();
        mvc.perform(post("/speaker-lists/" + list + "/close").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + meeting + "/speakers").with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))
            .param("party", "NOR")
            .param("speaker", "Ambassador")
            .param("speechType", "STATEMENT")
            .param("category", "GENERAL"))
            .andExpect(status().isBadRequest())
            .andExpect(
                    content().string(org.hamcrest.Matchers.containsString("The list is closed; ask the secretariat.")));
        mvc.perform(post("/speaker-lists/" + list + "/reopen").with(csrf()).with(TestAccounts.as(secretariat)))
            .andExpect(status().is3xxRedirection());
        mvc.perform(post("/meetings/" + meeting + "/speakers").with(csrf())
            .with(TestAccounts.as(norway))
            .param("item", String.valueOf(item))
            .param("party", "NOR")
            .param("speaker", "Ambassador")
            .param("speechType", "STATEMENT")
            .param("category", "GENERAL")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/meetings/" + meeting + "/speakers").param("item", String.valueOf(item)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("data-party=\"NOR\"")));
    }

}
