package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void controlCharactersAreStrippedButTabsAndLineBreaksKept() {
        assertThat(InputText.strip("Anne\u000b Martin\u0001\u007f\uffff")).isEqualTo("Anne Martin");
        assertThat(InputText.strip("line one\r\n\tline two")).isEqualTo("line one\r\n\tline two");
        assertThat(InputText.strip("Genève, 日本, עברית, \uD83D\uDE00")).isEqualTo("Genève, 日本, עברית, \uD83D\uDE00");
        assertThat(InputText.strip(null)).isNull();
    }

    @Test
    void aNulIsFound() {
        assertThat(InputText.hasNul("a\u0000b")).isTrue();
        assertThat(InputText.hasNul("a\u0001b")).isFalse();
        assertThat(InputText.hasNul(null)).isFalse();
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        assertThat(InputText.cut("abcdef", 4)).isEqualTo("abcd");
        assertThat(InputText.cut("abc\uD83D\uDE00", 4)).isEqualTo("abc");
        assertThat(InputText.cut("ab\uD83D\uDE00", 4)).isEqualTo("ab\uD83D\uDE00");
        assertThat(InputText.cut("short", 200)).isEqualTo("short");
    }

    @Test
    void plausibleDatesAreTheYears1900To2200() {
        assertThat(PlausibleDates.contains(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(PlausibleDates.contains(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.of(2201, 1, 1))).isFalse();
        assertThat(PlausibleDates.contains(LocalDate.MAX)).isFalse();
    }

    @Test
    void anAsOfOutsideTheYearsIsAnInvalidDate() {
        assertThat(AsOf.parse(" 2014-04-07 ")).isEqualTo(LocalDate.of(2014, 4, 7));
        for (String value : new String[] { "+999999999-12-31", "1899-12-31", "2014-13-01", "" }) {
            assertThatThrownBy(() -> AsOf.parse(value)).isInstanceOf(InvalidDateParameterException.class);
        }
    }

}
