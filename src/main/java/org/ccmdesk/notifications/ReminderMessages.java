package org.ccmdesk.notifications;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.obligations.Obligation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The reminder messages of {@link ObligationReminders}: one reminder (before the
 * deadline, or once overdue) and the weekly digest, with dates written as the pages write
 * them in the recipient's language and a link to the state's obligations.
 */
@Component
class ReminderMessages {

    static final String REMINDER = "obligation-reminder";

    static final String OVERDUE = "obligation-overdue";

    static final String DIGEST = "obligation-digest";

    private final MessageSource messages;

    private final URI publicUrl;

    ReminderMessages(MessageSource messages, @Value("${ccm.public-url:http://localhost:8080}") URI publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    OutgoingMessage reminder(Recipient to, String iso3, String stateName, Obligation obligation,
            ReminderSchedule.Reminder reminder, LocalDate today) {
        String deadline = date(obligation.dueDate(), to.language());
        Map<String, Object> model = new HashMap<>();
        model.put("state", stateName);
        model.put("title", obligation.title());
        model.put("deadline", deadline);
        model.put("daysLeft", ChronoUnit.DAYS.between(today, obligation.dueDate()));
        model.put("report", ReminderSchedule.forRule(obligation.rule()) != ReminderSchedule.DATED);
        model.put("link", stateLink(iso3));
        model.put(MailComposer.SUBJECT_ARGUMENTS, List.of(obligation.title(), stateName, deadline));
        String cause = "obligation-reminder:%s:%s:%s:%s".formatted(iso3, obligation.instance(), obligation.dueDate(),
                reminder.point());
        return new OutgoingMessage(cause, reminder.overdue() ? OVERDUE : REMINDER, Topic.OBLIGATION_REMINDERS, to,
                model);
    }

    OutgoingMessage digest(Recipient to, long userId, LocalDate digestDay, List<Line> lines, LocalDate today) {
        List<Entry> entries = lines.stream()
            .sorted(Comparator.comparing((Line line) -> line.obligation().dueDate()).thenComparing(Line::stateName))
            .map(line -> new Entry(line.stateName(), line.obligation().title(),
                    date(line.obligation().dueDate(), to.language()),
                    ChronoUnit.DAYS.between(today, line.obligation().dueDate()), line.reminder().overdue()))
            .toList();
        String week = date(digestDay, to.language());
        Map<String, Object> model = new HashMap<>();
        model.put("entries", entries);
        model.put("week", week);
        model.put("link", UriComponentsBuilder.fromUri(publicUrl).path("/obligations").build().toUriString());
        model.put(MailComposer.SUBJECT_ARGUMENTS, List.of(week));
        String cause = "obligation-digest:" + userId + ":" + ReminderSchedule.isoWeek(digestDay);
        return new OutgoingMessage(cause, DIGEST, Topic.OBLIGATION_REMINDERS, to, model);
    }

    private String stateLink(String iso3) {
        return UriComponentsBuilder.fromUri(publicUrl)
            .path("/states/{iso3}/obligations")
            .buildAndExpand(iso3)
            .encode()
            .toUriString();
    }

    /**
     * A date as the pages write it ({@code date.long}: "30 April 2026", "30 avril 2026").
     */
    private String date(LocalDate date, Locale language) {
        return DateTimeFormatter.ofPattern(messages.getMessage("date.long", null, language), language).format(date);
    }

    /** One reminder of the week for the digest: the state's name and its obligation. */
    record Line(String stateName, Obligation obligation, ReminderSchedule.Reminder reminder) {
    }

    /** A line of the digest as its templates read it. */
    record Entry(String state, String title, String deadline, long daysLeft, boolean overdue) {
    }

}
