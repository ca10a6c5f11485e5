package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Names as of a date, their fallbacks, and the French forms that come from the article.
 */
class StateNamesTest {

    static final LocalDate CHANGE = LocalDate.of(2018, 4, 19);

    static final StateNames ESWATINI = new StateNames(
            List.of(new StateName("en", "Eswatini", "Kingdom of Eswatini", null, null, null, "un-m49"),
                    new StateName("fr", "Eswatini", null, "l'", null, null, "iso"),
                    new StateName("ar", "إسواتيني", null, null, null, null, "wc"),
                    new StateName("en", "Swaziland", "Kingdom of Swaziland", null, CHANGE, "NOT_BEFORE", "gazette"),
                    new StateName("fr", "Swaziland", null, "le", CHANGE, "NOT_BEFORE", "gazette")));

    @Test
    void theNameOfTheDayBeforeAndAfterTheChange() {
        assertThat(ESWATINI.on(LocalDate.of(2014, 4, 7), "en").name()).isEqualTo("Swaziland");
        assertThat(ESWATINI.on(CHANGE.minusDays(1), "en").formalName()).isEqualTo("Kingdom of Swaziland");
        assertThat(ESWATINI.on(CHANGE, "en").name()).isEqualTo("Eswatini");
        assertThat(ESWATINI.on(LocalDate.of(2019, 9, 2), "fr").withDe()).isEqualTo("de l'Eswatini");
        assertThat(ESWATINI.on(LocalDate.of(2014, 4, 7), "fr").withDe()).isEqualTo("du Swaziland");
    }

    @Test
    void aLanguageWithoutTheFormerNameFallsBackWithoutInventingOne() {
        LocalDate before = LocalDate.of(2014, 4, 7);
        // Spanish has no record here: the English name of the day, not today's Spanish
        // name
        assertThat(ESWATINI.on(before, "es").name()).isEqualTo("Swaziland");
        // Arabic: today's name did not exist then, and no source gives the former one
        assertThat(ESWATINI.on(before, "ar")).isNull();
        assertThat(ESWATINI.namesOn(before)).containsEntry("en", "Swaziland")
            .containsEntry("fr", "Swaziland")
            .containsEntry("ar", null)
            .containsEntry("es", null);
        assertThat(ESWATINI.namesOn(CHANGE)).containsEntry("ar", "إسواتيني").containsEntry("en", "Eswatini");
    }

    @Test
    void theHistoryAndEveryNameForSearch() {
        assertThat(ESWATINI.history()).extracting(StateName::name).containsExactly("Swaziland", "Swaziland");
        assertThat(ESWATINI.everyName()).contains("Swaziland", "Kingdom of Swaziland", "Eswatini",
                "Kingdom of Eswatini");
    }

    @Test
    void frenchFormsComeFromTheArticleNotTheSpelling() {
        assertThat(fr("France", "la").withDe()).isEqualTo("de la France");
        assertThat(fr("Mexique", "le").withDe()).isEqualTo("du Mexique");
        assertThat(fr("Mexique", "le").withA()).isEqualTo("au Mexique");
        assertThat(fr("États-Unis d'Amérique", "les").withDe()).isEqualTo("des États-Unis d'Amérique");
        assertThat(fr("États-Unis d'Amérique", "les").withA()).isEqualTo("aux États-Unis d'Amérique");
        assertThat(fr("Iraq", "l'").withDe()).isEqualTo("de l'Iraq");
        assertThat(fr("Iraq", "l'").withArticle()).isEqualTo("l'Iraq");
        assertThat(fr("Israël", null).withDe()).isEqualTo("d'Israël");
        assertThat(fr("Cuba", null).withDe()).isEqualTo("de Cuba");
        assertThat(fr("Cuba", null).withA()).isEqualTo("à Cuba");
        assertThat(new StateName("en", "Holy See", null, "the", null, null, null).withArticle())
            .isEqualTo("the Holy See");
    }

    private static StateName fr(String name, String article) {
        return new StateName("fr", name, null, article, null, null, null);
    }

}
