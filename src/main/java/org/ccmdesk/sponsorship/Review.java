package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.RuleViolation;

/** A reviewer's weighted score of an application (0 to 5) and comment. */
record Review(long id, long applicationId, String reviewer, BigDecimal score, String comment,
        OffsetDateTime reviewedAt) {

    static final int MAX_SCORE = 5;

    /**
     * The weighted mean of the answers (0-5 per question), to three decimals; every
     * question must be answered.
     */
    static BigDecimal weightedScore(List<Question> questions, Map<Long, Integer> answers) {
        if (questions.isEmpty()) {
            throw new RuleViolation("answers", "sponsorship.noQuestions");
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Question q : questions) {
            Integer score = answers.get(q.id());
            if (score == null || score < 0 || score > MAX_SCORE) {
                throw new RuleViolation("answers", "sponsorship.scoreRange", MAX_SCORE);
            }
            sum = sum.add(q.weight().multiply(BigDecimal.valueOf(score)));
            weights = weights.add(q.weight());
        }
        return sum.divide(weights, 3, RoundingMode.HALF_EVEN);
    }

    /** A review question of a programme year, with its weight. */
    record Question(long id, int year, int position, String text, BigDecimal weight) {
    }

}
