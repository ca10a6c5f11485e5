package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static AuditEntry entry(String before, String after) {
        return new AuditEntry(1, null, "isu@example.org", "198.51.100.7", "obligation_rule", "ART7_INITIAL_REPORT",
                "UPDATE", before, after, null);
    }

    @Test
    void onlyTheFieldsThatChangedEachAsBeforeAndAfter() {
        assertThat(entry("{\"recordsCompleteFrom\":null,\"title\":\"Initial\"}",
                "{\"recordsCompleteFrom\":\"2011-01-01\",\"title\":\"Initial\"}")
            .changes()).containsExactly(new AuditEntry.Change("recordsCompleteFrom", null, "2011-01-01"));
    }

    @Test
    void aCreationHasOnlyNewValuesAndTextThatIsNotJsonIsShownAsItIs() {
        assertThat(entry(null, "{\"id\":\"X\",\"added\":3,\"invitees\":[\"FRA\",\"DEU\"]}").changes()).containsExactly(
                new AuditEntry.Change("id", null, "X"), new AuditEntry.Change("added", null, "3"),
                new AuditEntry.Change("invitees", null, "[\"FRA\",\"DEU\"]"));
        assertThat(entry("approved", "withdrawn").changes())
            .containsExactly(new AuditEntry.Change("-", "approved", "withdrawn"));
    }

}
