package org.ccmdesk.obligations;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules the secretariat adds to the catalogue (not shipped with the application). Once
 * added, a rule counts for every State Party like a shipped one; the addition is audited.
 */
@Service
@Transactional
class RuleCatalogue {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    RuleCatalogue(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Adds the rule and answers its id. */
    String add(RuleForm form) {
        checkDeadline(form);
        String id = form.id().trim();
        if (jdbc.sql("select count(*) from obligation_rule where id = :id")
            .param("id", id)
            .query(Long.class)
            .single() > 0) {
            throw new RuleViolation("id", "rule.idTaken");
        }
        Map<String, Object> values = values(form);
        try {
            jdbc.sql(
                    """
                            insert into obligation_rule (id, source_text, theme, title_en, title_fr, title_es, description_en,
                                   description_fr, description_es, applies_to, deadline_kind, deadline_amount, yearly_month, yearly_day,
                                   extension_years, shipped, created_at)
                            values (:id, :sourceText, :theme, :titleEn, :titleFr, :titleEs, :descriptionEn, :descriptionFr, :descriptionEs,
                                    :appliesTo, :deadlineKind, :amount, :yearlyMonth, :yearlyDay, :extensionYears, false, :now)""")
                .params(values)
                .param("now", OffsetDateTime.now(clock))
                .update();
        }
        catch (DuplicateKeyException e) {
            // the same id added at the same moment by someone else
            throw new RuleViolation("id", "rule.idTaken");
        }
        events.publishEvent(AuditedChange.of("obligation_rule", id, "CREATE", null, values, null));
        return id;
    }

    /**
     * Sets (or clears, with null) the date from which the records of a rule are complete;
     * audited with the old and the new date. Answers false for an unknown rule.
     */
    boolean setRecordsCompleteFrom(String id, java.time.LocalDate from) {
        var old = jdbc.sql("select records_complete_from from obligation_rule where id = :id for update")
            .param("id", id)
            .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, java.time.LocalDate.class)))
            .optional();
        if (old.isEmpty()) {
            return false;
        }
        java.time.LocalDate before = old.get().orElse(null);
        if (java.util.Objects.equals(before, from)) {
            return true;
        }
        jdbc.sql("update obligation_rule set records_complete_from = :from where id = :id")
            .param("from", from)
            .param("id", id)
            .update();
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("recordsCompleteFrom", before == null ? null : before.toString());
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("recordsCompleteFrom", from == null ? null : from.toString());
        events.publishEvent(AuditedChange.of("obligation_rule", id, "UPDATE", was, now, null));
        return true;
    }

    private static void checkDeadline(RuleForm form) {
        if (form.needsAmount() && form.amount() == null) {
            throw new RuleViolation("amount", "rule.amountNeeded");
        }
        if (!form.needsAmount() && form.amount() != null) {
            throw new RuleViolation("amount", "rule.amountNotUsed");
        }
        boolean yearly = form.deadlineKind() == DeadlineKind.YEARLY_DATE;
        if (yearly && !validDayOfYear(form.yearlyMonth(), form.yearlyDay())) {
            throw new RuleViolation("yearlyMonth", "rule.yearlyDateNeeded");
        }
        if (!yearly && (form.yearlyMonth() != null || form.yearlyDay() != null)) {
            throw new RuleViolation("yearlyMonth", "rule.yearlyDateNotUsed");
        }
    }

    /** 29 February is refused: a yearly deadline must exist every year. */
    private static boolean validDayOfYear(Integer month, Integer day) {
        if (month == null || day == null) {
            return false;
        }
        try {
            return !MonthDay.of(month, day).equals(MonthDay.of(2, 29));
        }
        catch (DateTimeException e) {
            return false;
        }
    }

    private static Map<String, Object> values(RuleForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", form.id().trim());
        values.put("sourceText", form.sourceText().trim());
        values.put("theme", form.theme().name());
        values.put("titleEn", form.titleEn().trim());
        values.put("titleFr", form.titleFr().trim());
        values.put("titleEs", form.titleEs().trim());
        values.put("descriptionEn", form.descriptionEn().trim());
        values.put("descriptionFr", form.descriptionFr().trim());
        values.put("descriptionEs", form.descriptionEs().trim());
        values.put("appliesTo", form.appliesTo().name());
        values.put("deadlineKind", form.deadlineKind().name());
        values.put("amount", form.amount());
        values.put("yearlyMonth", form.yearlyMonth());
        values.put("yearlyDay", form.yearlyDay());
        values.put("extensionYears", form.extensionYears());
        return values;
    }

}
