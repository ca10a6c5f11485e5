package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ccmdesk.system.PageLabels;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The rows of the states list as the page shows them, built without Spring. */
class StateListRowTest {

    private final List<String> lookups = new ArrayList<>();

    private final StaticMessageSource messages = new StaticMessageSource() {
        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            lookups.add(code);
            return super.resolveCodeWithoutArguments(code, locale);
        }
    };

    private static final StateStatus FRANCE = new StateStatus("FRA", "France", "Europe", "Western Europe",
            "Western European and other States Group", TreatyStatus.IN_FORCE, LocalDate.of(2008, 12, 3),
            LocalDate.of(2009, 9, 25), DepositKind.RATIFICATION, LocalDate.of(2010, 8, 1), null);

    private static final StateStatus TUVALU = new StateStatus("TUV", "Tuvalu", null, null, null,
            TreatyStatus.NOT_SIGNATORY, null, null, null, null, null);

    StateListRowTest() {
        messages.addMessage("status.IN_FORCE", Locale.FRENCH, "En vigueur");
        messages.addMessage("status.NOT_SIGNATORY", Locale.FRENCH, "Non signataire");
        messages.addMessage("region.Europe", Locale.FRENCH, "Europe");
        messages.addMessage("depositKind.RATIFICATION", Locale.FRENCH, "ratification");
    }

    @Test
    void labelsDatesAndLinksAsTheTemplateWroteThem() {
        List<StateListRow> rows = StateListRow.of(List.of(FRANCE, TUVALU), "/desk", "2014-04-07",
                new PageLabels(messages, Locale.FRENCH));

        StateListRow france = rows.get(0);
        assertThat(france.href()).isEqualTo("/desk/states/FRA?asOf=2014-04-07");
        assertThat(france.statusClass()).isEqualTo("status-IN_FORCE");
        assertThat(france.statusLabel()).isEqualTo("En vigueur");
        assertThat(france.region()).isEqualTo("Europe");
        // a message that is missing shows as Thymeleaf shows one
        assertThat(france.group()).isEqualTo("??group.Western European and other States Group_fr??");
        assertThat(france.signature()).isEqualTo(LocalDate.of(2008, 12, 3));
        assertThat(france.signatureText()).isEqualTo("3 déc. 2008");
        assertThat(france.depositText()).isEqualTo("25 sept. 2009");
        assertThat(france.depositKind()).isEqualTo("(ratification)");
        assertThat(france.entryIntoForceText()).isEqualTo("1 août 2010");

        StateListRow tuvalu = rows.get(1);
        assertThat(tuvalu.statusLabel()).isEqualTo("Non signataire");
        assertThat(tuvalu.region()).isEmpty();
        assertThat(tuvalu.group()).isEmpty();
        assertThat(tuvalu.signatureText()).isNull();
        assertThat(tuvalu.depositKind()).isNull();
    }

    @Test
    void eachMessageIsLookedUpOncePerPageAndLinksWithoutAChosenDateCarryNone() {
        List<StateStatus> many = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            many.add(FRANCE);
        }
        List<StateListRow> rows = StateListRow.of(many, "", null, new PageLabels(messages, Locale.FRENCH));

        assertThat(rows).hasSize(50).allSatisfy(row -> assertThat(row.href()).isEqualTo("/states/FRA"));
        assertThat(lookups).filteredOn("status.IN_FORCE"::equals).hasSize(1);
        assertThat(lookups).filteredOn("region.Europe"::equals).hasSize(1);
    }

}
