package org.ccmdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccmdesk.system.SearchText;
import org.junit.jupiter.api.Test;

/** The registrations list's filter as links carry it, and the name search's folding. */
class RegistrationFilterTest {

    @Test
    void theQueryStringCarriesOnlyWhatIsChosen() {
        assertThat(RegistrationFilter.NONE.query()).isEmpty();
        assertThat(new RegistrationFilter(" Dupré ", RegistrationStatus.SUBMITTED, "org-12", true, false, null).query())
            .isEqualTo("?q=Dupr%C3%A9&status=SUBMITTED&delegation=org-12&visa=yes&visaLetter=no");
        assertThat(
                new RegistrationFilter("", null, "", null, null, false).withStatus(RegistrationStatus.APPROVED).query())
            .isEqualTo("?status=APPROVED&credentials=no");
    }

    @Test
    void aSearchIgnoresAccentsAndCapitals() {
        assertThat(SearchText.matches("ELOISE", "Éloïse")).isTrue();
        assertThat(SearchText.matches("cote d'ivoire", "Côte d'Ivoire")).isTrue();
        assertThat(SearchText.matches("  ", "anything")).isTrue();
        assertThat(SearchText.matches("martin", "Éloïse", "Dupré")).isFalse();
    }

    @Test
    void aReturnAddressIsOnlyTheListsOwnQueryString() {
        assertThat(RegistrationAdminController.safeQuery("?q=Dupr%C3%A9&status=SUBMITTED"))
            .isEqualTo("?q=Dupr%C3%A9&status=SUBMITTED");
        assertThat(RegistrationAdminController.safeQuery("//evil.example.org")).isEmpty();
        assertThat(RegistrationAdminController.safeQuery("?q=a\r\nLocation: x")).isEmpty();
        assertThat(RegistrationAdminController.safeQuery(null)).isEmpty();
    }

}
