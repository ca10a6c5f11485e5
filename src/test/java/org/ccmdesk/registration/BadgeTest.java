package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.IntStream;

import org.ccmdesk.accounts.CcmUser;
import org.ccmdesk.accounts.Role;
import org.ccmdesk.accounts.TestAccounts;
import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Badges of the 2014 Intersessional Meeting: A4 sheets or one a page, the series'
 * meetings, reprints.
 */
@DatabaseTest
@Transactional
class BadgeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    OutputsTestData data;

    CcmUser secretariat;

    @BeforeEach
    void prepare() {
        data = OutputsTestData.insert(jdbc, "anne.martin@example.org");
        secretariat = accounts.create(Role.SECRETARIAT);
    }

    private byte[] badges(String layout) throws Exception {
        var request = get("/meetings/" + data.meeting + "/badges.pdf").with(TestAccounts.as(secretariat));
        if (layout != null) {
            request.param("layout", layout);
        }
        return mvc.perform(request)
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", containsString("badges-intersessional-2014-")))
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    }

    @Test
    void sixApprovedPeopleFitOnOneSheetOrTakeSixBadgePages() throws Exception {
        byte[] sheet = badges(null);
        assertThat(Pdfs.pages(sheet)).isEqualTo(1);
        assertThat(Pdfs.pages(badges("single"))).isEqualTo(6);
        String text = Pdfs.text(sheet);
        assertThat(text)
            .contains("Anne Martin", "Pierre Durand", "Olivia Red", "Red Cross Test Committee", "Ms", "France")
            .doesNotContain("Sam Waiting");
        assertThat(text).containsSubsequence("Anne Martin", "Pierre Durand", "Luc Bernard", "Claire Tremblay",
                "John Smith", "Olivia Red");
    }

    @Test
    void aNinthBadgeStartsASecondSheet() throws Exception {
        data.addApproved("Ana", "Garcia", "ESP");
        data.addApproved("Hans", "Weber", "DEU");
        data.addApproved("Marco", "Rossi", "ITA");
        byte[] sheets = badges("sheet");
        assertThat(Pdfs.pages(sheets)).isEqualTo(2);
        assertThat(Pdfs.pages(badges("single"))).isEqualTo(9);
        assertThat(Pdfs.text(sheets)).contains("Ana Garcia", "Hans Weber", "Marco Rossi", "Spain", "Germany", "Italy");
    }

    @Test
    void namesBeyondLatin1PrintWithTheEmbeddedFont() throws Exception {
        data.addApproved("Łucja", "Wąsowska", "POL");
        data.addApproved("Nguyễn Thị", "Thảo", "VNM");
        data.addApproved("Αλέξανδρος", "Παπαδόπουλος", "GRC");
        byte[] sheets = badges("sheet");
        // the PDF standard fonts know none of these letters: openhtmltopdf would print
        // "#" instead
        assertThat(Pdfs.text(sheets)).contains("Łucja Wąsowska", "Nguyễn Thị Thảo", "Αλέξανδρος Παπαδόπουλος");
    }

    @Test
    void aBadgeNamesTheMeetingsOfTheSeriesThePersonIsApprovedFor() throws Exception {
        String anne = Pdfs
            .text(mvc.perform(get("/registrations/" + data.martin + "/badge.pdf").with(TestAccounts.as(secretariat)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(anne).contains("Anne Martin", "France", "Intersessional 2014", "APMBC 2014");
        byte[] claire = mvc
            .perform(get("/registrations/" + data.tremblay + "/badge.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
        assertThat(Pdfs.pages(claire)).isEqualTo(1);
        assertThat(Pdfs.text(claire)).contains("Claire Tremblay", "Canada", "Intersessional 2014")
            .doesNotContain("APMBC");
    }

    @Test
    void badgesAndTheListOfParticipantsAreWhollyInTheLanguageAskedFor() throws Exception {
        String badge = Pdfs.text(mvc
            .perform(get("/registrations/" + data.martin + "/badge.pdf").param("lang", "fr")
                .with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
        assertThat(badge).contains("Anne Martin", "Réunion intersessions 2014")
            .doesNotContain("Intersessional Meeting");
        String list = Pdfs.text(mvc
            .perform(get("/meetings/" + data.meeting + "/participants.pdf").param("lang", "fr")
                .with(TestAccounts.as(secretariat)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray());
        assertThat(list).contains("Réunion intersessions 2014").doesNotContain("Intersessional Meeting");
        String english = Pdfs
            .text(mvc.perform(get("/meetings/" + data.meeting + "/participants.pdf").param("lang", "en")
                .with(TestAccounts.as(secretariat))).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("Intersessional Meeting 2014");
    }

    @Test
    void aSubmittedRegistrationHasNoBadgeYet() throws Exception {
        mvc.perform(get("/registrations/" + data.waiting + "/badge.pdf").with(TestAccounts.as(secretariat)))
            .andExpect(status().isConflict())
            .andExpect(content().string(containsString("only for an approved registration")));
    }

    @Test
    void anUnknownLayoutIsRefusedWithTheChoices() throws Exception {
        mvc.perform(get("/meetings/" + data.meeting + "/badges.pdf").param("layout", "poster")
            .with(TestAccounts.as(secretariat)))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("poster")))
            .andExpect(content().string(containsString("single")));
    }

    @Test
    void badgesAreOnlyForTheSecretariat() throws Exception {
        CcmUser focalPoint = accounts.create(Role.FOCAL_POINT, "FRA");
        mvc.perform(get("/meetings/" + data.meeting + "/badges.pdf").with(TestAccounts.as(focalPoint)))
            .andExpect(status().isForbidden());
    }

    @Test
    void nineBadgesTakeTwoSheetsOfRowsOfTwo() {
        List<Badge> nine = IntStream.range(0, 9)
            .mapToObj(i -> new Badge(i, "B " + i, null, "France", List.of("M")))
            .toList();
        List<List<List<Badge>>> sheets = BadgeController.sheets(nine);
        assertThat(sheets).hasSize(2);
        assertThat(sheets.get(0)).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(2));
        assertThat(sheets.get(1)).hasSize(1);
        assertThat(sheets.get(1).get(0)).extracting(Badge::badgeName).containsExactly("B 8");
    }

}
