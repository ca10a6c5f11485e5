package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class StateListFilterTest {

    private static StateStatus state(String iso3, String name, String region, String group, TreatyStatus status,
            LocalDate deposit) {
        return new StateStatus(iso3, name, region, region + " sub", group, status, null, deposit, null, null, null);
    }

    private final List<StateStatus> states = List.of(
            state("CIV", "Côte d'Ivoire", "Africa", "African Group", TreatyStatus.IN_FORCE, LocalDate.of(2012, 3, 12)),
            state("AGO", "Angola", "Africa", "African Group", TreatyStatus.SIGNATORY, null),
            state("FRA", "France", "Europe", "Western European and Others Group", TreatyStatus.IN_FORCE,
                    LocalDate.of(2009, 9, 25)),
            state("USA", "United States", "Americas", "Western European and Others Group", TreatyStatus.NOT_SIGNATORY,
                    null));

    private List<String> codes(StateListFilter filter) {
        return filter.apply(states, Locale.ENGLISH).stream().map(StateStatus::iso3).toList();
    }

    @Test
    void filtersByStatusGroupAndRegion() {
        assertThat(codes(new StateListFilter(TreatyStatus.IN_FORCE, null, null, null, null, null)))
            .containsExactly("CIV", "FRA");
        assertThat(codes(new StateListFilter(null, "African Group", null, null, null, null))).containsExactly("AGO",
                "CIV");
        assertThat(codes(new StateListFilter(null, null, "Europe", null, null, null))).containsExactly("FRA");
        assertThat(codes(new StateListFilter(null, null, "Americas sub", null, null, null))).containsExactly("USA");
    }

    @Test
    void searchIgnoresCaseAndAccentsAndMatchesCodes() {
        assertThat(codes(new StateListFilter(null, null, null, "cote", null, null))).containsExactly("CIV");
        assertThat(codes(new StateListFilter(null, null, null, "  FRANCE ", null, null))).containsExactly("FRA");
        assertThat(codes(new StateListFilter(null, null, null, "usa", null, null))).containsExactly("USA");
    }

    @Test
    void sortsByDateWithMissingDatesLastInBothDirections() {
        assertThat(codes(new StateListFilter(null, null, null, null, "deposit", "asc"))).containsExactly("FRA", "CIV",
                "AGO", "USA");
        assertThat(codes(new StateListFilter(null, null, null, null, "deposit", "desc"))).containsExactly("CIV", "FRA",
                "AGO", "USA");
    }

    @Test
    void unknownSortFallsBackToName() {
        assertThat(codes(new StateListFilter(null, null, null, null, "drop table", null))).containsExactly("AGO", "CIV",
                "FRA", "USA");
        assertThat(codes(new StateListFilter(null, null, null, null, "name", "desc"))).containsExactly("USA", "FRA",
                "CIV", "AGO");
    }

}
