package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** A state or an organisation, written FRA or org-12 in addresses. */
class PartyTest {

    @Test
    void aStateIsKnownByItsCodeInUpperCase() {
        Party france = Party.state("fra");

        assertThat(france.isState()).isTrue();
        assertThat(france.iso3()).isEqualTo("FRA");
        assertThat(france.organisationId()).isNull();
        assertThat(france.key()).isEqualTo("FRA");
        assertThat(france).isEqualTo(Party.state("FRA")).hasToString("state FRA");
    }

    @Test
    void anOrganisationIsKnownByItsId() {
        Party icrc = Party.organisation(12);

        assertThat(icrc.isState()).isFalse();
        assertThat(icrc.iso3()).isNull();
        assertThat(icrc.organisationId()).isEqualTo(12L);
        assertThat(icrc.key()).isEqualTo("org-12");
        assertThat(icrc).isEqualTo(Party.organisation(12))
            .isNotEqualTo(Party.organisation(13))
            .hasToString("organisation 12");
    }

    @Test
    void parseReadsTheKeysOfAddresses() {
        assertThat(Party.parse("FRA")).contains(Party.state("FRA"));
        assertThat(Party.parse("lao")).contains(Party.state("LAO"));
        assertThat(Party.parse("Deu")).contains(Party.state("DEU"));
        assertThat(Party.parse("org-12")).contains(Party.organisation(12));
        assertThat(Party.parse("org-999999999999")).contains(Party.organisation(999_999_999_999L));
    }

    @ParameterizedTest
    @ValueSource(strings = { "FRA", "LAO", "org-1", "org-12", "org-999999999999" })
    void aKeyReadsBackAsTheSameParty(String key) {
        Party party = Party.parse(key).orElseThrow();

        assertThat(party.key()).isEqualTo(key);
        assertThat(Party.parse(party.key())).contains(party);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "org-", "FR", "FRAN", "F1A", "STATE:FRA", "ORG:12", "org-99999999999999", "org-0",
            "org-007", "org-12 ", " FRA", "ORG-12", "org--12", "org-1a", "ÉTA" })
    void anythingElseIsNotAParty(String key) {
        assertThat(Party.parse(key)).isEmpty();
    }

    @Test
    void aPartyIsEitherAStateOrAnOrganisation() {
        assertThatThrownBy(() -> new Party(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Party("FRA", 12L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Party("fra", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Party.state("FR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Party.organisation(0)).isInstanceOf(IllegalArgumentException.class);
    }

}
