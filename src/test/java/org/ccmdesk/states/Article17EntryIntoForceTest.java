package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Article17EntryIntoForceTest {

    @ParameterizedTest(name = "deposit {0} -> entry into force {1}")
    @CsvSource({
            // Art. 17(1): the first thirty instruments, up to and including 16 February
            // 2010
            "2008-12-03, 2010-08-01", "2009-12-31, 2010-08-01", "2010-02-16, 2010-08-01",
            // Art. 17(2): first day of the sixth month after the month of deposit
            "2010-02-17, 2010-08-01", "2010-05-28, 2010-11-01", // Lesotho, published
            "2011-09-08, 2012-03-01", // Afghanistan, published
            "2012-07-03, 2013-01-01", // Hungary, published: crosses the year end
            "2013-05-14, 2013-11-01", // Iraq, published
            "2015-08-31, 2016-02-01", // Iceland, published: deposit on a month end
            "2010-08-31, 2011-02-01", // month end into a short month
            "2011-07-31, 2012-01-01", // month end across the year end
            "2013-12-31, 2014-06-01", // year end
            "2016-02-29, 2016-08-01", // leap day
            "2015-09-01, 2016-03-01", // six months over a leap February
            "2023-08-03, 2024-02-01", // South Sudan, published
            "2025-09-05, 2026-03-01" // Vanuatu, published
    })
    void entryIntoForceFollowsArticle17(LocalDate deposit, LocalDate expected) {
        assertThat(Article17EntryIntoForce.forDeposit(deposit)).isEqualTo(expected);
    }

}
