package org.ccmdesk.obligations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.PageLabels;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The lines of the obligations overview as the page shows them, built without Spring. */
class OverviewLineTest {

    @Test
    void oneCellPerThemeInTheThemesOrderEmptyWhereTheStateHasNoObligationOfThatTheme() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("obligationStatus.OVERDUE", Locale.ENGLISH, "Overdue");
        messages.addMessage("obligationStatus.NO_RECORD", Locale.ENGLISH, "No record");
        Map<Theme, ObligationStatus> worst = new EnumMap<>(Theme.class);
        worst.put(Theme.TRANSPARENCY, ObligationStatus.OVERDUE);
        worst.put(Theme.STOCKPILE_DESTRUCTION, ObligationStatus.NO_RECORD);

        List<OverviewLine> lines = OverviewLine.of(List.of(new ComplianceOverview.Row("LAO", "Lao PDR", worst, 1)), "",
                LocalDate.of(2014, 4, 7), new PageLabels(messages, Locale.ENGLISH));

        OverviewLine lao = lines.get(0);
        assertThat(lao.href()).isEqualTo("/states/LAO/obligations?asOf=2014-04-07");
        assertThat(lao.name()).isEqualTo("Lao PDR");
        assertThat(lao.overdue()).isEqualTo(1);
        assertThat(lao.cells()).hasSize(Theme.values().length);
        assertThat(lao.cells().get(Theme.TRANSPARENCY.ordinal()))
            .isEqualTo(new OverviewLine.Cell("obligation-OVERDUE", "Overdue"));
        assertThat(lao.cells().get(Theme.STOCKPILE_DESTRUCTION.ordinal()))
            .isEqualTo(new OverviewLine.Cell("obligation-NO_RECORD text-bg-secondary", "No record"));
        assertThat(lao.cells().get(Theme.UNIVERSALISATION.ordinal())).isNull();
    }

}
