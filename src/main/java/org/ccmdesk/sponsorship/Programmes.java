package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.AuditedChange;
import org.ccmdesk.system.GeneratedId;
import org.ccmdesk.system.RuleViolation;
import org.ccmdesk.system.StatusConflict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's side of the money: programme years and their settings, donors'
 * contributions (pledged, then received) and the review questions. Every change of funds
 * goes through the year's locked row ({@link Ledger}).
 */
@Service
@Transactional
class Programmes {

    static final int MIN_YEAR = 2008;

    static final int MAX_YEAR = 2100;

    private final JdbcClient jdbc;

    private final Ledger ledger;

    private final SponsorshipQueries queries;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Programmes(JdbcClient jdbc, Ledger ledger, SponsorshipQueries queries, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.queries = queries;
        this.events = events;
        this.clock = clock;
    }

    static String secretariat() {
        ActingUser user = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!user.isSecretariat()) {
            throw new AccessDeniedException("secretariat only");
        }
        return user.email();
    }

    /** Opens a programme year with its settings; a year opens once. */
    void open(int year, boolean countPledged, boolean lowerMiddleIncome, int reviewsRequired) {
        secretariat();
        checkYear(year);
        if (reviewsRequired < 1 || reviewsRequired > 10) {
            throw new RuleViolation("reviewsRequired", "sponsorship.reviewsRange");
        }
        if (queries.programme(year).isPresent()) {
            throw new RuleViolation("year", "sponsorship.programmeExists", year);
        }
        jdbc.sql("""
                insert into sponsorship_programme (programme_year, count_pledged, lower_middle_income, reviews_required,
                       counted, committed, spent) values (:y, :pledged, :lmi, :reviews, 0, 0, 0)""")
            .param("y", year)
            .param("pledged", countPledged)
            .param("lmi", lowerMiddleIncome)
            .param("reviews", reviewsRequired)
            .update();
        events.publishEvent(AuditedChange.of(Ledger.ENTITY, year, "OPEN", null, Map.of("countPledged", countPledged,
                "lowerMiddleIncome", lowerMiddleIncome, "reviewsRequired", reviewsRequired), null));
    }

    /**
     * Changes the settings; counting pledges no more is refused when the money already
     * committed or spent would then exceed the funds counted.
     */
    void settings(int year, boolean countPledged, boolean lowerMiddleIncome, int reviewsRequired) {
        secretariat();
        if (reviewsRequired < 1 || reviewsRequired > 10) {
            throw new RuleViolation("reviewsRequired", "sponsorship.reviewsRange");
        }
        ProgrammeTotals before = ledger.lock(year);
        ProgrammeTotals after = new ProgrammeTotals(year, countPledged, before.received(), before.pledged(),
                before.committed(), before.spent());
        if (!after.balanced()) {
            throw new RuleViolation("countPledged", "sponsorship.settingOverdraws",
                    after.available().negate().toPlainString());
        }
        jdbc.sql("update sponsorship_programme set lower_middle_income = :lmi, reviews_required = :r"
                + " where programme_year = :y")
            .param("lmi", lowerMiddleIncome)
            .param("r", reviewsRequired)
            .param("y", year)
            .update();
        ledger.store(before, after, "SETTINGS", Map.of("countPledged", countPledged, "lowerMiddleIncome",
                lowerMiddleIncome, "reviewsRequired", reviewsRequired));
    }

    /**
     * Records a contribution: its amount in its currency, the rate (CHF per unit) and its
     * value in CHF; answers its id.
     */
    long recordFund(int year, String donor, BigDecimal amount, FundCurrency currency, BigDecimal rate,
            FundStatus status, LocalDate date, Long meetingId) {
        String by = secretariat();
        if (donor == null || donor.isBlank() || donor.length() > 200) {
            throw new RuleViolation("donor", "sponsorship.donorRequired");
        }
        if (currency == null) {
            throw new RuleViolation("currency", "sponsorship.currencyRequired");
        }
        if (status == null) {
            throw new RuleViolation("status", "sponsorship.fundStatusRequired");
        }
        if (date == null) {
            throw new RuleViolation("date", "sponsorship.dateRequired");
        }
        BigDecimal value = Money.entered("amount", amount, false);
        if (rate == null || rate.signum() <= 0 || rate.stripTrailingZeros().scale() > 6
                || rate.compareTo(new BigDecimal("1000")) >= 0) {
            throw new RuleViolation("rate", "sponsorship.rateFormat");
        }
        BigDecimal chf = Money.toChf(value, currency, rate);
        if (chf.signum() <= 0) {
            throw new RuleViolation("amount", "sponsorship.amountPositive");
        }
        if (chf.compareTo(Money.MAX) > 0) {
            throw new RuleViolation("amount", "sponsorship.amountFormat");
        }
        if (meetingId != null && queries.call(meetingId).filter(c -> c.year() == year).isEmpty()) {
            throw new RuleViolation("meetingId", "sponsorship.meetingNotInYear", year);
        }
        ProgrammeTotals before = ledger.lock(year);
        long id = GeneratedId.insert(jdbc
            .sql("""
                    insert into sponsorship_fund (programme_year, meeting_id, donor, amount, currency, rate, amount_chf, status,
                           pledged_on, received_on, recorded_by, recorded_at)
                    values (:y, :meeting, :donor, :amount, :currency, :rate, :chf, :status, :pledged, :received, :by, :at)""")
            .param("y", year)
            .param("meeting", meetingId)
            .param("donor", donor.trim())
            .param("amount", value)
            .param("currency", currency.name())
            .param("rate", rate)
            .param("chf", chf)
            .param("status", status.name())
            .param("pledged", status == FundStatus.PLEDGED ? date : null)
            .param("received", status == FundStatus.RECEIVED ? date : null)
            .param("by", by)
            .param("at", OffsetDateTime.now(clock)));
        ProgrammeTotals after = ledger.totals(year);
        if (after.received().add(after.pledged()).compareTo(Money.MAX) > 0) {
            throw new RuleViolation("amount", "sponsorship.amountFormat");
        }
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("fund", id);
        about.put("donor", donor.trim());
        about.put("amount", value.toPlainString() + " " + currency);
        about.put("chf", chf.toPlainString());
        about.put("status", status.name());
        ledger.store(before, after, "FUND_" + status.name(), about);
        return id;
    }

    /** A pledge has arrived: it is received from {@code on}. */
    void receive(long fundId, LocalDate on) {
        secretariat();
        Fund fund = queries.fund(fundId)
            .orElseThrow(() -> new org.ccmdesk.system.NotFoundException("sponsorship.fundNotFound", fundId));
        if (on == null) {
            throw new RuleViolation("date", "sponsorship.dateRequired");
        }
        ProgrammeTotals before = ledger.lock(fund.year());
        int changed = jdbc
            .sql("update sponsorship_fund set status = 'RECEIVED', received_on = :on"
                    + " where id = :id and status = 'PLEDGED'")
            .param("on", on)
            .param("id", fundId)
            .update();
        if (changed == 0) {
            throw new StatusConflict(FundStatus.RECEIVED.name(), "sponsorship.fundAlreadyReceived");
        }
        ledger.store(before, ledger.totals(fund.year()), "FUND_RECEIVED",
                Map.of("fund", fundId, "donor", fund.donor(), "chf", fund.amountChf().toPlainString()));
    }

    /** Adds a review question with its weight, at the end of the year's list. */
    long addQuestion(int year, String text, BigDecimal weight) {
        secretariat();
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new RuleViolation("text", "sponsorship.questionRequired");
        }
        if (weight == null || weight.signum() <= 0 || weight.compareTo(new BigDecimal("100")) > 0
                || weight.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation("weight", "sponsorship.weightRange");
        }
        ledger.lock(year);
        int position = queries.questions(year).size() + 1;
        long id = GeneratedId.insert(jdbc
            .sql("insert into sponsorship_question (programme_year, position,"
                    + " question_text, weight) values (:y, :p, :t, :w)")
            .param("y", year)
            .param("p", position)
            .param("t", text.trim())
            .param("w", weight));
        events.publishEvent(AuditedChange.of("sponsorship_question", id, "CREATE", null,
                Map.of("year", year, "text", text.trim(), "weight", weight.toPlainString()), null));
        return id;
    }

    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new RuleViolation("year", "sponsorship.yearRange", MIN_YEAR, MAX_YEAR);
        }
    }

}
