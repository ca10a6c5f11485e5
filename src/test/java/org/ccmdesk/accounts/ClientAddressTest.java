package org.ccmdesk.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Client addresses as the audit log shows them. */
class ClientAddressTest {

    @Test
    void theLoopbackIsShownShort() {
        assertThat(ClientAddress.shown("0:0:0:0:0:0:0:1")).isEqualTo("::1");
        assertThat(ClientAddress.shown("[0:0:0:0:0:0:0:1]")).isEqualTo("::1");
        assertThat(ClientAddress.shown("0:0:0:0:0:0:0:0")).isEqualTo("::");
    }

    @Test
    void theLongestRunOfZerosBecomesTheDoubleColonAndLeadingZerosGo() {
        assertThat(ClientAddress.shown("2001:0DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
        assertThat(ClientAddress.shown("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
        assertThat(ClientAddress.shown("fe80:0:0:0:0:0:0:1%eth0")).isEqualTo("fe80::1%eth0");
        assertThat(ClientAddress.shown("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
        assertThat(ClientAddress.shown("2001:db8:1:1:1:1:0:0")).isEqualTo("2001:db8:1:1:1:1::");
    }

    @Test
    void anythingElseIsShownAsItIs() {
        assertThat(ClientAddress.shown("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(ClientAddress.shown("::1")).isEqualTo("::1");
        assertThat(ClientAddress.shown("unknown")).isEqualTo("unknown");
        assertThat(ClientAddress.shown(null)).isNull();
    }

}
