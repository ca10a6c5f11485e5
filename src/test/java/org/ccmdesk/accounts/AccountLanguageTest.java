package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class AccountLanguageTest {

    @Test
    void aPageLanguageOfOursIsKeptAndAnyOtherIsEnglish() {
        assertThat(AccountLanguage.of(Locale.FRENCH)).isEqualTo("fr");
        assertThat(AccountLanguage.of(Locale.forLanguageTag("es-AR"))).isEqualTo("es");
        assertThat(AccountLanguage.of(Locale.GERMAN)).isEqualTo("en");
        assertThat(AccountLanguage.of(null)).isEqualTo("en");
    }

    @Test
    void theChosenLanguageWinsOverThePageLanguage() {
        assertThat(AccountLanguage.chosenOr("es", Locale.FRENCH)).isEqualTo("es");
        assertThat(AccountLanguage.chosenOr(null, Locale.FRENCH)).isEqualTo("fr");
    }

    @Test
    void thePatternTakesTheThreeLanguagesAndNothingElse() {
        for (String code : AccountLanguage.CODES) {
            assertThat(code).matches(AccountLanguage.PATTERN);
        }
        for (String other : new String[] { "", "de", "EN", "fr-FR", "en|fr", " en" }) {
            assertThat(other).doesNotMatch(AccountLanguage.PATTERN);
        }
    }

}
