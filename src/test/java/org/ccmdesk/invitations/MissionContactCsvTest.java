package org.ccmdesk.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.CsvImport.Problem;
import org.ccmdesk.states.Party;
import org.junit.jupiter.api.Test;

/**
 * The rules of a mission address and of the lines of an imported file, without Spring.
 */
class MissionContactCsvTest {

    static final Predicate<Party> KNOWN = party -> Set.of("FRA", "ESP", "CHE", "org-7").contains(party.key());

    @Test
    void aGoodFileIsReadWithItsValuesCleaned() {
        CsvImport.Reading<MissionContactEntry> reading = MissionContactCsv.read("""
                \uFEFFstate,email,name,language
                fra, Mission.France@Diplomatie.example ,Permanent Mission of France,FR
                ESP,registro@misionesp.example,,
                org-7,geneva@icrc.example,"Delegation, Geneva",en
                """, KNOWN);

        assertThat(reading.valid()).isTrue();
        assertThat(reading.entries()).containsExactly(
                new MissionContactEntry(Party.state("FRA"), "mission.france@diplomatie.example",
                        "Permanent Mission of France", "fr"),
                new MissionContactEntry(Party.state("ESP"), "registro@misionesp.example", null, "en"),
                new MissionContactEntry(Party.organisation(7), "geneva@icrc.example", "Delegation, Geneva", "en"));
    }

    @Test
    void everyWrongLineIsNamedByItsNumberWithItsProblems() {
        CsvImport.Reading<MissionContactEntry> reading = MissionContactCsv.read("""
                state,email,name,language
                FRA,mission@france.example,,fr

                XYZ,not-an-address,,de
                ,someone@example.org,,
                CHE,"geneva@swiss.example",,en
                fra,MISSION@france.example,,en
                """, KNOWN);

        assertThat(reading.valid()).isFalse();
        assertThat(reading.invalidLines()).extracting(CsvImport.Line::number).containsExactly(4, 5, 7);
        assertThat(keys(reading.invalidLines().get(0).problems())).containsExactly(
                "missionContacts.import.stateUnknown", "missionContact.emailInvalid", "missionContact.languageInvalid");
        assertThat(keys(reading.invalidLines().get(1).problems()))
            .containsExactly("missionContacts.import.stateMissing");
        Problem duplicate = reading.invalidLines().get(2).problems().get(0);
        assertThat(reading.invalidLines().get(2).problems()).hasSize(1);
        assertThat(duplicate.key()).isEqualTo("missionContacts.import.duplicateLine");
        assertThat(duplicate.args()).containsExactly(2);
    }

    @Test
    void theNumbersFollowTheFileWhenAQuotedNameSpansLines() {
        CsvImport.Reading<MissionContactEntry> reading = MissionContactCsv.read(
                "state,email,name,language\r\nFRA,a@france.example,\"Mission\r\nof France\",fr\r\nESP,bad,,es\r\n",
                KNOWN);

        assertThat(reading.invalidLines()).extracting(CsvImport.Line::number).containsExactly(4);
    }

    @Test
    void aFileWithoutTheHeaderOrWithoutLinesIsRefusedAsAWhole() {
        assertThat(keys(MissionContactCsv.read("state,email\nFRA,a@france.example\n", KNOWN).fileProblems()))
            .containsExactly("missionContacts.import.missingColumns");
        assertThat(keys(MissionContactCsv.read("state,email,name,language\n", KNOWN).fileProblems()))
            .containsExactly("missionContacts.import.empty");
        assertThat(keys(MissionContactCsv.read("", KNOWN).fileProblems()))
            .containsExactly("missionContacts.import.empty");
        assertThat(MissionContactCsv.read("state,email,name,language\nFRA,\"open", KNOWN).valid()).isFalse();
    }

    @Test
    void addressesAreCheckedForWhatAMailServerAccepts() {
        assertThat(MissionContactEntry.isAddress("mission.geneve@diplomatie.gouv.fr")).isTrue();
        assertThat(MissionContactEntry.isAddress("perm-mission+ccm@un-geneva.example")).isTrue();
        assertThat(MissionContactEntry.isAddress("no-domain@localhost")).isFalse();
        assertThat(MissionContactEntry.isAddress("two@@example.org")).isFalse();
        assertThat(MissionContactEntry.isAddress("space in@example.org")).isFalse();
        assertThat(MissionContactEntry.isAddress("<a@example.org>")).isFalse();
        assertThat(MissionContactEntry.isAddress("a@example.org\u0000")).isFalse();
        assertThat(MissionContactEntry.of(Party.state("FRA"), "a".repeat(250) + "@x.org", "n".repeat(201), "fr")
            .problems()).extracting(Problem::key)
            .containsExactly("missionContact.emailInvalid", "missionContact.nameTooLong");
    }

    @Test
    void theExportImportsAgainAsItWas() {
        List<MissionContact> contacts = List.of(
                new MissionContact(1, Party.state("FRA"), "mission@france.example", "Mission, \"Geneva\"", "fr"),
                new MissionContact(2, Party.organisation(7), "icrc@icrc.example", null, "en"));

        CsvImport.Reading<MissionContactEntry> reading = MissionContactCsv.read(MissionContactCsv.write(contacts),
                KNOWN);

        assertThat(reading.valid()).isTrue();
        assertThat(reading.entries()).containsExactly(contacts.get(0).entry(), contacts.get(1).entry());
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }

}
