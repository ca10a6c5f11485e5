package org.ccmdesk.states;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact about contamination, stockpiles or use as a sentence in the page's language,
 * e.g. that a state held cluster munitions when the Convention entered into force for it,
 * yes, per the Cluster Munition Monitor 2014. It carries the sentence for its topic, the
 * answer as a message key (yes, no, unclear, completed, reported), the source's own
 * wording when it says more than the answer (shown in English, as written), and the
 * citation (the source's title and its web address).
 */
record FactSentence(String topic, String sentenceKey, String answerKey, String detail, String citation, String url) {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private static final List<String> ANSWERS = List.of("yes", "no", "unclear", "completed", "declared complete");

    static FactSentence of(AreaFact fact) {
        String value = fact.value().trim();
        String lower = value.toLowerCase(Locale.ROOT);
        String answer = ANSWERS.stream().filter(lower::startsWith).findFirst().orElse(null);
        String detail;
        String answerKey;
        if (answer == null) {
            answerKey = "fact.answer.reported";
            detail = value;
        }
        else {
            answerKey = "fact.answer." + answer.replace(' ', '_');
            detail = value.substring(answer.length()).replaceFirst("^[\\s\\-–,;:]+", "").trim();
        }
        String source = fact.source() == null ? "" : fact.source().trim();
        Matcher url = URL.matcher(source);
        String link = url.find() ? url.group().replaceAll("[).,;]+$", "") : null;
        String title = link == null ? source : source.substring(0, source.indexOf(link)).trim();
        title = title.replaceFirst("[\\s,;:(]+$", "");
        if (title.isEmpty()) {
            title = link == null ? source : link;
        }
        return new FactSentence(fact.topic(), "fact.sentence." + fact.topic(), answerKey,
                detail.isEmpty() ? null : detail, title, link);
    }

}
