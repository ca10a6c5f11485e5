package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviews: a reviewer (or the secretariat) scores an eligible application once, on every
 * review question of the programme year, with a comment.
 */
@Service
@Transactional
class Reviews {

    private final JdbcClient jdbc;

    private final SponsorshipQueries queries;

    private final Applications applications;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Reviews(JdbcClient jdbc, SponsorshipQueries queries, Applications applications, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.applications = applications;
        this.events = events;
        this.clock = clock;
    }

    long review(long applicationId, Map<Long, Integer> answers, String comment) {
        String reviewer = ActingUser.current()
            .map(ActingUser::email)
            .orElseThrow(() -> new AccessDeniedException("not signed in"));
        Application application = applications.find(applicationId);
        if (!application.eligible()) {
            throw new RuleViolation("answers", "sponsorship.ineligibleNotReviewed");
        }
        if (comment != null && comment.length() > 2000) {
            throw new RuleViolation("comment", "sponsorship.commentTooLong");
        }
        int year = queries.call(application.meetingId()).orElseThrow().year();
        List<Review.Question> questions = queries.questions(year);
        BigDecimal score = Review.weightedScore(questions, answers);
        // one review per reviewer: the application's row orders concurrent reviews
        jdbc.sql("select id from sponsorship_application where id = :id for update")
            .param("id", applicationId)
            .query(Long.class)
            .single();
        if (queries.reviews(applicationId).stream().anyMatch(r -> r.reviewer().equals(reviewer))) {
            throw new RuleViolation("answers", "sponsorship.alreadyReviewed");
        }
        long id = GeneratedId.insert(jdbc.sql("""
                insert into sponsorship_review (application_id, reviewer, score, review_comment, reviewed_at)
                values (:a, :r, :s, :c, :at)""")
            .param("a", applicationId)
            .param("r", reviewer)
            .param("s", score)
            .param("c", comment == null || comment.isBlank() ? null : comment.trim())
            .param("at", OffsetDateTime.now(clock)));
        Map<String, Object> values = new LinkedHashMap<>();
        for (Review.Question q : questions) {
            jdbc.sql("insert into sponsorship_review_answer (review_id, question_id, score) values (:r, :q, :s)")
                .param("r", id)
                .param("q", q.id())
                .param("s", answers.get(q.id()))
                .update();
            values.put("q" + q.id(), answers.get(q.id()));
        }
        values.put("score", score.toPlainString());
        events.publishEvent(AuditedChange.of("sponsorship_review", id, "CREATE", null, values, null));
        return id;
    }

}
