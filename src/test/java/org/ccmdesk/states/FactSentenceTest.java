package org.ccmdesk.states;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A reference-file row becomes a sentence with its answer and citation, not a raw row.
 */
class FactSentenceTest {

    @Test
    void anAnswerWithItsCitation() {
        FactSentence fact = FactSentence.of(new AreaFact("stockpile_held_at_eif", "yes",
                "Cluster Munition Monitor 2014 'Stockpiling' http://www.the-monitor.org/cmm/2014/ (States Parties table)"));
        assertThat(fact.sentenceKey()).isEqualTo("fact.sentence.stockpile_held_at_eif");
        assertThat(fact.answerKey()).isEqualTo("fact.answer.yes");
        assertThat(fact.detail()).isNull();
        assertThat(fact.citation()).isEqualTo("Cluster Munition Monitor 2014 'Stockpiling'");
        assertThat(fact.url()).isEqualTo("http://www.the-monitor.org/cmm/2014/");
    }

    @Test
    void theSourcesOwnWordingBesideTheAnswer() {
        FactSentence contaminated = FactSentence.of(new AreaFact("cm_contaminated_2014",
                "yes - heavily affected (>=10 km2)", "Cluster Munition Monitor 2014 https://example.org/cc"));
        assertThat(contaminated.answerKey()).isEqualTo("fact.answer.yes");
        assertThat(contaminated.detail()).isEqualTo("heavily affected (>=10 km2)");
        FactSentence destroyed = FactSentence
            .of(new AreaFact("stockpile_destroyed", "declared complete 29 Jul 2011 (1,080 CM)", "ISU, no address"));
        assertThat(destroyed.answerKey()).isEqualTo("fact.answer.declared_complete");
        assertThat(destroyed.detail()).isEqualTo("29 Jul 2011 (1,080 CM)");
        assertThat(destroyed.url()).isNull();
        assertThat(destroyed.citation()).isEqualTo("ISU, no address");
        FactSentence use = FactSentence.of(new AreaFact("cm_use", "fired CM rockets into Cambodia Feb 2011", "x"));
        assertThat(use.answerKey()).isEqualTo("fact.answer.reported");
        assertThat(use.detail()).isEqualTo("fired CM rockets into Cambodia Feb 2011");
    }

}
