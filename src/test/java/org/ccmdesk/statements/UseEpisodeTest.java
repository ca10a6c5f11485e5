package org.ccmdesk.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Which episodes of use belong to a memo's period, and how they read. */
class UseEpisodeTest {

    static final LocalDate FOURTH_MSP = LocalDate.of(2013, 9, 10);

    static final LocalDate INTERSESSIONAL_2014 = LocalDate.of(2014, 4, 7);

    static UseEpisode episode(String from, String by, String ended) {
        return new UseEpisode(LocalDate.parse(from), LocalDate.parse(by),
                ended == null ? null : LocalDate.parse(ended));
    }

    @Test
    void aContinuingUseThatBeganBeforeThePeriodBelongsToIt() {
        UseEpisode syria = episode("2012-04-01", "2012-09-30", null);
        assertThat(syria.within(FOURTH_MSP, INTERSESSIONAL_2014)).isTrue();
    }

    @Test
    void aUseOverBeforeThePreviousMeetingDoesNot() {
        UseEpisode thailand = episode("2011-02-01", "2011-02-28", "2011-02-28");
        assertThat(thailand.within(FOURTH_MSP, INTERSESSIONAL_2014)).isFalse();
        assertThat(thailand.within(null, INTERSESSIONAL_2014)).isTrue();
    }

    @Test
    void aUseThatMayHaveBegunOnlyAfterTheDateDoesNot() {
        UseEpisode ukraine = episode("2014-01-01", "2014-12-31", "2015-02-28");
        assertThat(ukraine.within(FOURTH_MSP, INTERSESSIONAL_2014)).isFalse();
        assertThat(ukraine.within(INTERSESSIONAL_2014, LocalDate.of(2015, 9, 7))).isTrue();
    }

    @Test
    void theDayItBeganByAndTheDayOfThePreviousMeetingAreIncluded() {
        UseEpisode southSudan = episode("2014-01-01", "2014-02-07", "2014-02-07");
        assertThat(southSudan.within(LocalDate.of(2014, 2, 7), LocalDate.of(2014, 2, 7))).isTrue();
        assertThat(southSudan.within(LocalDate.of(2014, 2, 8), LocalDate.of(2014, 3, 1))).isFalse();
        assertThat(southSudan.within(null, LocalDate.of(2014, 2, 6))).isFalse();
    }

    @Test
    void labelsInTheThreeLanguages() {
        assertThat(episode("2012-04-01", "2012-09-30", null).label(Locale.ENGLISH, "continuing", "until {0}"))
            .isEqualTo("April–September 2012, continuing");
        assertThat(episode("2014-01-01", "2014-12-31", "2015-02-28").label(Locale.FRENCH, "en cours", "jusqu’en {0}"))
            .isEqualTo("2014, jusqu’en février 2015");
        assertThat(episode("2011-02-01", "2011-02-28", "2011-02-28").label(Locale.forLanguageTag("es"), "en curso",
                "hasta {0}"))
            .isEqualTo("febrero de 2011");
        assertThat(episode("2014-11-01", "2015-02-28", "2015-02-28").label(Locale.ENGLISH, "continuing", "until {0}"))
            .isEqualTo("November 2014–February 2015");
    }

    @Test
    void datesOutOfOrderAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> episode("2014-02-01", "2014-01-01", null));
        assertThatIllegalArgumentException().isThrownBy(() -> episode("2014-02-01", "2014-03-01", "2014-01-01"));
    }

}
