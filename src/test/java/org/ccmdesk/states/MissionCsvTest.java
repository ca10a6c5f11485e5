package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.ccmdesk.system.CsvImport;
import org.junit.jupiter.api.Test;

/**
 * Reading a file of mission kinds and addresses line by line, and the export's round
 * trip.
 */
class MissionCsvTest {

    static final Predicate<String> KNOWN = Set.of("NIU", "COK", "VAT", "FRA")::contains;

    @Test
    void aGoodFileGivesOneEntryPerStateWithItsAddressLines() {
        CsvImport.Reading<MissionCsv.Entry> reading = MissionCsv.read("""
                iso3,mission_kind,address
                niu,no mission in geneva,"Ministry of Foreign Affairs
                Alofi"
                FRA,PERMANENT_MISSION,
                """, KNOWN);
        assertThat(reading.valid()).isTrue();
        assertThat(reading.entries()).containsExactly(
                new MissionCsv.Entry("NIU", MissionKind.NO_MISSION_IN_GENEVA, "Ministry of Foreign Affairs\nAlofi"),
                new MissionCsv.Entry("FRA", MissionKind.PERMANENT_MISSION, null));
    }

    @Test
    void everyWrongLineIsNamedByItsNumberWithItsProblems() {
        CsvImport.Reading<MissionCsv.Entry> reading = MissionCsv.read("""
                iso3,mission_kind,address
                FRA,PERMANENT_MISSION,
                XYZ,PERMANENT_MISSION,
                VAT,EMBASSY,
                ,PERMANENT_MISSION,
                fra,PERMANENT_OBSERVER_MISSION,
                COK,NO_MISSION_IN_GENEVA,%s
                """.formatted("a".repeat(MissionCsv.MAX_ADDRESS + 1)), KNOWN);
        assertThat(reading.valid()).isFalse();
        assertThat(reading.invalidLines()).extracting(CsvImport.Line::number).containsExactly(3, 4, 5, 6, 7);
        assertThat(keys(reading.invalidLines())).containsExactly(List.of("missions.import.stateUnknown"),
                List.of("missions.import.kindUnknown"), List.of("missions.import.stateMissing"),
                List.of("missions.import.duplicateState"), List.of("missions.import.addressTooLong"));
        assertThat(reading.invalidLines().get(3).problems().get(0).args()).containsExactly("FRA", 2);
    }

    @Test
    void aFileWithoutItsColumnsOrLinesIsRefusedAsAWhole() {
        assertThat(MissionCsv.read("iso3,kind\nFRA,PERMANENT_MISSION\n", KNOWN).fileProblems())
            .extracting(CsvImport.Problem::key)
            .containsExactly("missions.import.missingColumns");
        assertThat(MissionCsv.read("iso3,mission_kind,address\n", KNOWN).fileProblems())
            .extracting(CsvImport.Problem::key)
            .containsExactly("missions.import.empty");
    }

    @Test
    void theExportImportsAgainUnchanged() {
        Map<String, Mission> missions = new LinkedHashMap<>();
        missions.put("VAT", new Mission(MissionKind.PERMANENT_OBSERVER_MISSION, null, "source"));
        missions.put("NIU", new Mission(MissionKind.NO_MISSION_IN_GENEVA, "Ministry of Foreign Affairs\nAlofi", null));
        CsvImport.Reading<MissionCsv.Entry> reading = MissionCsv.read(MissionCsv.write(missions), KNOWN);
        assertThat(reading.valid()).isTrue();
        assertThat(reading.entries()).containsExactly(
                new MissionCsv.Entry("VAT", MissionKind.PERMANENT_OBSERVER_MISSION, null),
                new MissionCsv.Entry("NIU", MissionKind.NO_MISSION_IN_GENEVA, "Ministry of Foreign Affairs\nAlofi"));
    }

    private static List<List<String>> keys(List<CsvImport.Line<MissionCsv.Entry>> lines) {
        return lines.stream().map(l -> l.problems().stream().map(CsvImport.Problem::key).toList()).toList();
    }

}
