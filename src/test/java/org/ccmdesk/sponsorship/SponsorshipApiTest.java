package org.ccmdesk.sponsorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * The API and pages of the programme with the rights of each actor: funds and the ledger,
 * an application with its eligibility, an offer refused with the shortfall and made once
 * the money is there, answers per item, the visa letter and the registration page, a
 * withdrawal seen by the secretariat, a lapse, the report and its public version.
 */
@DatabaseTest
class SponsorshipApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    Calls calls;

    @Autowired
    Offers offers;

    @Autowired
    OfferLapses lapses;

    CcmUser secretariat;

    CcmUser focalPoint;

    CcmUser otherFocalPoint;

    CcmUser reviewer;

    long meeting;

    int year;

    long registration;

    String delegateEmail;

    @BeforeEach
    void setUp() {
        secretariat = accounts.create(Role.SECRETARIAT);
        focalPoint = accounts.create(Role.FOCAL_POINT, "MOZ");
        otherFocalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        reviewer = accounts.create(Role.REVIEWER);
        SponsorshipFixtures.signIn(secretariat);
        meeting = SponsorshipFixtures.meeting(jdbc);
        year = SponsorshipFixtures.programmeAndCall(programmes, calls, jdbc, meeting, 1);
        SponsorshipFixtures.signOut();
        delegateEmail = SponsorshipFixtures.email();
        registration = SponsorshipFixtures.registration(jdbc, meeting, "MOZ", "Macuacua", delegateEmail);
    }

    @AfterEach
    void signOut() {
        SponsorshipFixtures.signOut();
    }

    private String application(String travel) {
        return """
                {"meetingId": %d, "registrationId": %d, "motivation": "Statement on stockpile destruction",
                 "items": [{"kind": "TRAVEL", "amount": %s}, {"kind": "DSA", "amount": 900}, {"kind": "HOTEL", "amount": 800}]}"""
            .formatted(meeting, registration, travel);
    }

    private long apply() throws Exception {
        String body = mvc
            .perform(post("/api/sponsorship/applications").with(TestAccounts.as(focalPoint))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(application("1200")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.eligible").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void fund(String amount, String currency, String rate, String status) throws Exception {
        mvc.perform(post("/api/sponsorship/programmes/" + year + "/funds").with(TestAccounts.as(secretariat))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                    """
                            {"donor": "Norway", "amount": %s, "currency": "%s", "rate": %s, "status": "%s", "date": "2025-06-01"}"""
                        .formatted(amount, currency, rate, status)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").isNumber());
    }

    private long offer(long application) throws Exception {
        String body = mvc
            .perform(post("/api/sponsorship/applications/" + application + "/offer").with(TestAccounts.as(secretariat))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"items": [{"kind": "TRAVEL", "amount": 1200}, {"kind": "DSA", "amount": 900},
                                   {"kind": "HOTEL", "amount": 800}], "expires": "2025-07-10"}"""))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    @Test
    void aFocalPointAppliesForItsOwnStateOnlyAndSeesTheEligibility() throws Exception {
        mvc.perform(post("/api/sponsorship/applications").with(TestAccounts.as(otherFocalPoint))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(application("1200"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/sponsorship/applications").with(TestAccounts.as(focalPoint))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(application("1200")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.eligible").value(true))
            .andExpect(jsonPath("$.eligibility[0]").value("World Bank income group \"Low income\" (FY15)"))
            .andExpect(jsonPath("$.priority").isNumber());
        // a second application for the same person is refused with a clear message
        mvc.perform(post("/api/sponsorship/applications").with(TestAccounts.as(focalPoint))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(application("1200"))).andExpect(status().isBadRequest());
        // bad input: 400, never a 500
        mvc.perform(post("/api/sponsorship/applications").with(TestAccounts.as(focalPoint))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"meetingId\": " + meeting + ", \"registrationId\": " + registration
                    + ", \"items\": [{\"kind\": \"TRAVEL\", \"amount\": -5}], \"motivation\": \"x\"}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void anOfferWithoutTheMoneyIsRefusedWithTheShortfallAndMadeOnceAContributionIsReceived() throws Exception {
        long application = apply();
        fund("1000", "USD", "0.9", "RECEIVED");
        fund("5000", "EUR", "1.1", "PLEDGED");
        mvc.perform(get("/api/sponsorship/programmes/" + year + "/ledger").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.currency").value("CHF"))
            .andExpect(jsonPath("$.fundsReceived").value(900.00))
            .andExpect(jsonPath("$.fundsPledged").value(5500.00))
            .andExpect(jsonPath("$.countedFunds").value(900.00))
            .andExpect(jsonPath("$.available").value(900.00));
        mvc.perform(post("/api/sponsorship/applications/" + application + "/offer").with(TestAccounts.as(secretariat))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"items\": [{\"kind\": \"TRAVEL\", \"amount\": 1200}, {\"kind\": \"DSA\", \"amount\": 900},"
                    + " {\"kind\": \"HOTEL\", \"amount\": 800}], \"expires\": \"2025-07-10\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.shortfall").value(2000.00))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CHF 2000.00 short")));
        mvc.perform(get("/sponsorship/applications/" + application).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("waiting list")));
        fund("2000", "CHF", "1", "RECEIVED");
        CcmUser delegate = accounts.create(Role.DELEGATE);
        jdbc.sql("update participant set email = :e where email = :old")
            .param("e", delegate.email())
            .param("old", delegateEmail)
            .update();
        long offerId = offer(application);
        mvc.perform(get("/api/sponsorship/programmes/" + year + "/ledger").with(TestAccounts.as(secretariat)))
            .andExpect(jsonPath("$.committed").value(2900.00))
            .andExpect(jsonPath("$.available").value(0.00));

        // the delegate (signed in as themself) declines the hotel: its money is available
        // again
        mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/HOTEL/decline")
            .with(TestAccounts.as(otherFocalPoint))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"x\"}")).andExpect(status().isForbidden());
        mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/HOTEL/decline").with(TestAccounts.as(delegate))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reason\": \"Staying with the mission\"}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("DECLINED"));
        // the decisions are told by mail, after the commit, to the person and the state's
        // focal point
        assertThat(mails("sponsorship-offered:" + offerId)).contains(delegate.email(), focalPoint.email());
        assertThat(mails("sponsorship-declined:" + offerId + ":HOTEL")).contains(delegate.email(), focalPoint.email());
        assertThat(jdbc.sql("select body_text from mail_message where cause = :c and recipient = :r")
            .param("c", "sponsorship-declined:" + offerId + ":HOTEL")
            .param("r", delegate.email())
            .query(String.class)
            .single()).contains("Hotel", "Staying with the mission");
        mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/HOTEL/accept").with(TestAccounts.as(delegate))
            .with(csrf())).andExpect(status().isConflict()).andExpect(jsonPath("$.current").value("DECLINED"));
        mvc.perform(
                post("/api/sponsorship/offers/" + offerId + "/items/travel/accept").with(TestAccounts.as(focalPoint))
                    .with(csrf()))
            .andExpect(status().isOk());
        mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/DSA/accept").with(TestAccounts.as(delegate))
            .with(csrf())).andExpect(status().isOk());
        mvc.perform(get("/api/sponsorship/programmes/" + year + "/ledger").with(TestAccounts.as(secretariat)))
            .andExpect(jsonPath("$.committed").value(2100.00))
            .andExpect(jsonPath("$.available").value(800.00));

        // the visa letter says which costs the programme covers, the registration page
        // shows them
        String letter = pdfText(mvc
            .perform(get("/registrations/" + registration + "/visa-letter.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
        assertThat(letter).contains("an economy-class air ticket and a daily subsistence allowance")
            .doesNotContain("hotel accommodation");
        mvc.perform(get("/registrations/" + registration).with(TestAccounts.as(focalPoint)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Air ticket: accepted")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Hotel: declined")));

        // the secretariat records what the ticket cost: the difference goes back to
        // available
        mvc.perform(post("/sponsorship/offers/" + offerId + "/items/TRAVEL/pay").param("paid", "1043.35")
            .with(TestAccounts.as(secretariat))
            .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/sponsorship/programmes/" + year + "/ledger").with(TestAccounts.as(secretariat)))
            .andExpect(jsonPath("$.committed").value(900.00))
            .andExpect(jsonPath("$.spent").value(1043.35))
            .andExpect(jsonPath("$.available").value(956.65));

        // the ledger page lists every movement with who made it; CSV and Excel
        mvc.perform(get("/sponsorship/programmes/" + year).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString(secretariat.email())))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Offer made (committed)")));
        String csv = mvc
            .perform(get("/sponsorship/programmes/" + year + "/ledger.csv").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(csv).contains("Contribution received", "Released", "Paid", "956.65");
        mvc.perform(get("/sponsorship/programmes/" + year + "/ledger.xlsx").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk());

        // the report: the secretariat's with the name, the public one with totals and
        // donors only
        mvc.perform(get("/sponsorship/meetings/" + meeting + "/report").with(TestAccounts.as(secretariat)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Macuacua")))
            .andExpect(content().string(org.hamcrest.Matchers
                .containsString("1 sponsored delegate(s) from 1 state(s), at a cost of CHF 1,943.35")));
        String report = pdfText(
                mvc.perform(get("/sponsorship/programmes/" + year + "/report.pdf").with(TestAccounts.as(secretariat)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray());
        assertThat(report).contains("Macuacua", "Norway", "1,943.35");
        mvc.perform(get("/sponsorship/programmes/" + year + "/report.xlsx").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk());
        mvc.perform(get("/sponsorship/public/" + year))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Norway")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("1,943.35")))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Macuacua"))));
    }

    @Test
    void aWithdrawalOfASponsoredPersonIsFlaggedForTheSecretariat() throws Exception {
        long application = apply();
        fund("5000", "CHF", "1", "RECEIVED");
        offer(application);
        mvc.perform(get("/registrations/" + registration).with(TestAccounts.as(focalPoint)))
            .andExpect(
                    content().string(org.hamcrest.Matchers.containsString("the secretariat will see the withdrawal")));
        mvc.perform(post("/registrations/" + registration + "/withdraw").param("confirm", "yes")
            .with(TestAccounts.as(focalPoint))
            .with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/sponsorship/meetings/" + meeting).with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("registration withdrawn")));
        mvc.perform(get("/sponsorship/applications/" + application).with(TestAccounts.as(reviewer)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("was withdrawn after the application")));
    }

    @Test
    void anUnansweredOfferLapsesReleasesItsMoneyAndProposesTheNextOnTheWaitingList() throws Exception {
        long first = apply();
        long second = SponsorshipFixtures.registration(jdbc, meeting, "LAO", "Phommachanh",
                SponsorshipFixtures.email());
        CcmUser laoFocalPoint = accounts.create(Role.FOCAL_POINT, "LAO");
        String body = mvc
            .perform(post("/api/sponsorship/applications").with(TestAccounts.as(laoFocalPoint))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"meetingId\": " + meeting + ", \"registrationId\": " + second
                        + ", \"items\": [{\"kind\": \"DSA\", \"amount\": 900}], \"motivation\": \"Clearance\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
        long waiting = ((Number) JsonPath.read(body, "$.id")).longValue();
        fund("2900", "CHF", "1", "RECEIVED");
        long offerId = offer(first);
        mvc.perform(post("/api/sponsorship/applications/" + waiting + "/offer").with(TestAccounts.as(secretariat))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"items\": [{\"kind\": \"DSA\", \"amount\": 900}], \"expires\": \"2025-07-10\"}"))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.shortfall").value(900.00));
        // the offer's date has passed: the job lapses it
        jdbc.sql("update sponsorship_offer set expires = :d where id = :id")
            .param("d", LocalDate.of(2025, 6, 21))
            .param("id", offerId)
            .update();
        assertThat(lapses.lapseExpired()).isEqualTo(1);
        assertThat(lapses.lapseExpired()).isZero();
        mvc.perform(get("/api/sponsorship/programmes/" + year + "/ledger").with(TestAccounts.as(secretariat)))
            .andExpect(jsonPath("$.committed").value(0.00))
            .andExpect(jsonPath("$.available").value(2900.00));
        mvc.perform(get("/sponsorship/meetings/" + meeting).with(TestAccounts.as(reviewer)))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Proposed next from the waiting list")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Phommachanh")));
        mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/DSA/accept").with(TestAccounts.as(focalPoint))
            .with(csrf())).andExpect(status().isConflict());
    }

    @Test
    void anOpenOfferIsExtendedAndASecondRoundOfOffersCarriesItsNumber() throws Exception {
        long application = apply();
        fund("5000", "CHF", "1", "RECEIVED");
        long offerId = offer(application);
        mvc.perform(post("/sponsorship/offers/" + offerId + "/extend").param("expires", "2025-07-01")
            .with(TestAccounts.as(secretariat))
            .with(csrf())).andExpect(status().is3xxRedirection());
        // not later than the current expiry: refused, nothing changed
        assertThat(jdbc.sql("select expires from sponsorship_offer where id = :id")
            .param("id", offerId)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2025, 7, 10));
        mvc.perform(post("/sponsorship/offers/" + offerId + "/extend").param("expires", "2025-07-31")
            .with(TestAccounts.as(secretariat))
            .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select expires from sponsorship_offer where id = :id")
            .param("id", offerId)
            .query(LocalDate.class)
            .single()).isEqualTo(LocalDate.of(2025, 7, 31));
        assertThat(jdbc
            .sql("select count(*) from audit_entry where entity_type = 'sponsorship_offer' and entity_id = :id"
                    + " and action = 'EXTEND'")
            .param("id", String.valueOf(offerId))
            .query(Long.class)
            .single()).isEqualTo(1L);
        // the offer is declined entirely; a second round offers again
        for (String kind : new String[] { "TRAVEL", "DSA", "HOTEL" }) {
            mvc.perform(post("/api/sponsorship/offers/" + offerId + "/items/" + kind + "/decline")
                .with(TestAccounts.as(focalPoint))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"Dates changed\"}")).andExpect(status().isOk());
        }
        mvc.perform(post("/sponsorship/meetings/" + meeting + "/next-round").with(TestAccounts.as(secretariat))
            .with(csrf())).andExpect(status().is3xxRedirection());
        long second = offer(application);
        assertThat(jdbc.sql("select offer_round from sponsorship_offer where id = :id")
            .param("id", second)
            .query(Integer.class)
            .single()).isEqualTo(2);
        mvc.perform(get("/sponsorship/applications/" + application).with(TestAccounts.as(focalPoint)))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("Round 2")))
            .andExpect(content().string(org.hamcrest.Matchers.containsString("every item declined")));
    }

    /**
     * The recipients of the messages of a cause, once the listener (after the commit, on
     * another thread) has written them; waits at most 30 seconds.
     */
    private java.util.List<String> mails(String cause) {
        return org.awaitility.Awaitility.await()
            .atMost(java.time.Duration.ofSeconds(30))
            .until(() -> jdbc.sql("select recipient from mail_message where cause = :c order by recipient")
                .param("c", cause)
                .query(String.class)
                .list(), recipients -> recipients.size() >= 2);
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

}
