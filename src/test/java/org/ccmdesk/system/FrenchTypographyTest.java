package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {

    @Test
    void aNonBreakingSpaceBeforeTheHighSigns() {
        assertThat(FrenchTypography.apply("2014: exige")).isEqualTo("2014\u00A0: exige");
        assertThat(FrenchTypography.apply("Invitation : Réunion")).isEqualTo("Invitation\u00A0: Réunion");
        assertThat(FrenchTypography.apply("Vraiment ? Oui !")).isEqualTo("Vraiment\u00A0? Oui\u00A0!");
        assertThat(FrenchTypography.apply("un; deux")).isEqualTo("un\u00A0; deux");
    }

    @Test
    void addressesTimesAndOtherLanguagesAreLeftAlone() {
        assertThat(FrenchTypography.apply("voir http://example.org/a?b=1 à 10:30"))
            .isEqualTo("voir http://example.org/a?b=1 à 10:30");
        assertThat(FrenchTypography.apply("Status: yes", Locale.ENGLISH)).isEqualTo("Status: yes");
        assertThat(FrenchTypography.apply("Statut: oui", Locale.FRENCH)).isEqualTo("Statut\u00A0: oui");
    }

}
