package org.ccmdesk.notifications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.ccmdesk.accounts.AccountContact;
import org.ccmdesk.accounts.AccountContacts;
import org.ccmdesk.accounts.AccountContacts.StateFocalPoint;
import org.ccmdesk.obligations.Obligation;
import org.ccmdesk.obligations.ObligationService;
import org.ccmdesk.obligations.ObligationStatus;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders of a day ({@link ReminderSchedule}): for each focal point of each State
 * Party, each open obligation with a deadline whose reminder is due, in the focal point's
 * language; or, for those who chose it, one weekly digest. Each message has its own
 * transaction and a cause that names it, so that a run made twice (the same day, or on
 * two instances) sends nothing more and one message that cannot be written stops no
 * other.
 */
@Service
class ObligationReminders {

    private static final Logger log = LoggerFactory.getLogger(ObligationReminders.class);

    private final ObligationService obligations;

    private final TreatyStatusService states;

    private final AccountContacts contacts;

    private final MailChoices choices;

    private final ReminderMessages messages;

    private final MailQueue queue;

    private final TransactionTemplate transactions;

    ObligationReminders(ObligationService obligations, TreatyStatusService states, AccountContacts contacts,
            MailChoices choices, ReminderMessages messages, MailQueue queue, PlatformTransactionManager transactions) {
        this.obligations = obligations;
        this.states = states;
        this.contacts = contacts;
        this.choices = choices;
        this.messages = messages;
        this.queue = queue;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Keeps the reminders due on {@code today}; answers how many messages were kept. */
    int send(LocalDate today) {
        List<StateFocalPoint> focalPoints = contacts.stateFocalPoints();
        Set<String> digestAddresses = choices.digestAddresses();
        Map<String, Day> byLanguage = new HashMap<>();
        Map<AccountContact, List<ReminderMessages.Line>> digests = new LinkedHashMap<>();
        LocalDate digestDay = ReminderSchedule.digestDay(today);
        int kept = 0;
        for (StateFocalPoint focalPoint : focalPoints) {
            AccountContact contact = focalPoint.contact();
            Recipient to = Recipient.of(contact.email(), contact.name(), contact.language(), contact.userId());
            Day day = byLanguage.computeIfAbsent(to.language().getLanguage(),
                    language -> new Day(today, to.language()));
            boolean digest = digestAddresses.contains(to.email());
            for (Obligation obligation : day.open(focalPoint.iso3())) {
                ReminderSchedule schedule = ReminderSchedule.forRule(obligation.rule());
                if (digest) {
                    schedule.dueInWeek(obligation.dueDate(), digestDay)
                        .ifPresent(reminder -> digests.computeIfAbsent(contact, c -> new ArrayList<>())
                            .add(new ReminderMessages.Line(day.name(focalPoint.iso3()), obligation, reminder)));
                }
                else {
                    Optional<ReminderSchedule.Reminder> due = schedule.due(obligation.dueDate(), today);
                    if (due.isPresent() && keep(messages.reminder(to, focalPoint.iso3(), day.name(focalPoint.iso3()),
                            obligation, due.get(), today))) {
                        kept++;
                    }
                }
            }
        }
        for (Map.Entry<AccountContact, List<ReminderMessages.Line>> digest : digests.entrySet()) {
            AccountContact contact = digest.getKey();
            Recipient to = Recipient.of(contact.email(), contact.name(), contact.language(), contact.userId());
            if (keep(messages.digest(to, contact.userId(), digestDay, digest.getValue(), today))) {
                kept++;
            }
        }
        return kept;
    }

    private boolean keep(OutgoingMessage message) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> queue.enqueue(message).isPresent()));
        }
        catch (DuplicateKeyException e) {
            // kept at the same moment by a run on another instance
            return false;
        }
        catch (RuntimeException e) {
            log.warn("Reminder {} to {} could not be written", message.cause(), message.to().email(), e);
            return false;
        }
    }

    /**
     * What is known on the day in one language: the State Parties' names and their open
     * obligations with a deadline. Obligations whose applicability is not confirmed are
     * left out: a state is not reminded of what may not concern it.
     */
    private final class Day {

        private final Map<String, List<Obligation>> open;

        private final Map<String, String> names;

        Day(LocalDate today, Locale language) {
            this.open = obligations.forAll(today, language)
                .stream()
                .filter(o -> o.dueDate() != null && o.metOn() == null && !o.unconfirmed()
                        && o.status() != ObligationStatus.NOT_APPLICABLE)
                .collect(Collectors.groupingBy(Obligation::iso3));
            this.names = states.statusOfAll(today, language)
                .stream()
                .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name, (a, b) -> a));
        }

        List<Obligation> open(String iso3) {
            return open.getOrDefault(iso3, List.of());
        }

        String name(String iso3) {
            return names.getOrDefault(iso3, iso3);
        }

    }

}
