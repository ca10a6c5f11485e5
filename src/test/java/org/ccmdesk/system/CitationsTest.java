package org.ccmdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTest {

    private final Citations citations = new Citations();

    @Test
    void splitsTextAndWebAddresses() {
        var parts = citations.parts("Monitor 2014 http://archives.the-monitor.org/x/3604; CMC news 19 Mar 2009");
        assertThat(parts).containsExactly(new Citations.Part("Monitor 2014 ", null),
                new Citations.Part("http://archives.the-monitor.org/x/3604", "http://archives.the-monitor.org/x/3604"),
                new Citations.Part("; CMC news 19 Mar 2009", null));
    }

    @Test
    void onlyHttpAddressesBecomeLinksAndTrailingDotsStayText() {
        assertThat(citations.parts("see javascript:alert(1) or https://example.org/page.")).containsExactly(
                new Citations.Part("see javascript:alert(1) or ", null),
                new Citations.Part("https://example.org/page", "https://example.org/page"),
                new Citations.Part(".", null));
        assertThat(citations.parts(null)).isEmpty();
    }

}
