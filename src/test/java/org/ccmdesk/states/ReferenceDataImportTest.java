package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.ccmdesk.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

@DatabaseTest
class ReferenceDataImportTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TreatyStatusService treaty;

    @Autowired
    ReferenceDataImporter importer;

    private int count(String sql) {
        return jdbc.sql(sql).query(Integer.class).single();
    }

    @Test
    void shipsEveryStateThatCouldJoinWithTheirTreatyEvents() {
        assertThat(count("select count(*) from state")).isEqualTo(197);
        assertThat(count("select count(*) from treaty_event where kind = 'DEPOSIT'")).isEqualTo(113);
        assertThat(count("select count(*) from treaty_event where kind = 'WITHDRAWAL'")).isEqualTo(1);
        assertThat(count("select count(*) from treaty_event where shipped = false")).isZero();
        assertThat(count("select count(*) from state_income where fiscal_year = 'FY14'")).isGreaterThan(180);
        assertThat(count("select count(*) from area_fact")).isEqualTo(147);
        assertThat(count("select count(*) from reference_import where checksum is not null")).isEqualTo(1);
    }

    /**
     * The published counts that the reference data must reproduce (see
     * shared/reference/README.md).
     */
    @ParameterizedTest(name = "{0}: {1} States Parties, {2} signatories")
    @CsvSource({ "2010-08-01, 38, 30, 70", "2014-04-07, 84, 84, 29", "2015-08-01, 93, 89, 24",
            "2018-08-01, 103, 102, 17", "2022-08-01, 110, 110, 13", "2025-06-22, 111, 111, 12" })
    void reproducesThePublishedCounts(LocalDate asOf, int parties, int inForce, int signatories) {
        TreatySummary summary = treaty.summary(asOf);
        assertThat(summary.statesParties()).isEqualTo(parties);
        assertThat(summary.inForce()).isEqualTo(inForce);
        assertThat(summary.signatories()).isEqualTo(signatories);
        assertThat(summary.joined()).isEqualTo(parties + signatories);
    }

    /**
     * In one transaction, as at start-up: outside one, PostgreSQL commits each of the
     * thousand-odd writes on its own (15 s).
     */
    @Test
    @Transactional
    void importingTheSameReleaseAgainChangesNothing() {
        int events = count("select count(*) from treaty_event");
        int states = count("select count(*) from state");
        importer.importAll();
        assertThat(count("select count(*) from treaty_event")).isEqualTo(events);
        assertThat(count("select count(*) from state")).isEqualTo(states);
        assertThat(treaty.summary(LocalDate.of(2014, 4, 7)).statesParties()).isEqualTo(84);
    }

    @Test
    @Transactional
    void aReleaseNeverOverwritesAFactRecordedThroughTheApplication() {
        jdbc.sql(
                "update treaty_event set shipped = false, event_date = :date where state_iso3 = 'AGO' and kind = 'SIGNATURE'")
            .param("date", LocalDate.of(2008, 12, 4))
            .update();
        importer.importAll();
        StateDetail angola = treaty.detailOf("AGO", LocalDate.of(2025, 1, 1), Locale.ENGLISH).orElseThrow();
        assertThat(angola.signature()).isEqualTo(LocalDate.of(2008, 12, 4));
    }

    @Test
    void namesAreShownInThePageLanguage() {
        assertThat(treaty.detailOf("deu", LocalDate.of(2014, 4, 7), Locale.FRENCH).orElseThrow().name())
            .isEqualTo("Allemagne");
        assertThat(treaty.detailOf("DEU", LocalDate.of(2014, 4, 7), new Locale("es")).orElseThrow().name())
            .isEqualTo("Alemania");
        assertThat(treaty.detailOf("DEU", LocalDate.of(2014, 4, 7), Locale.GERMAN).orElseThrow().name())
            .isEqualTo("Germany");
    }

}
