package org.ccmdesk.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.invitations.InvitationLetter;
import org.ccmdesk.invitations.InvitationLetters;
import org.ccmdesk.invitations.InvitationReminderSent;
import org.ccmdesk.invitations.InvitationSent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invitations by e-mail: one message per mission address, in the language that mission
 * reads, with the letter (in the invitation's own language) attached; likewise a
 * reminder. The greeting names nobody: an address is a mission's, not a person's.
 */
@Component
class InvitationMessages {

    private final MailQueue queue;

    private final InvitationLetters letters;

    InvitationMessages(MailQueue queue, InvitationLetters letters) {
        this.queue = queue;
        this.letters = letters;
    }

    @ApplicationModuleListener
    void on(InvitationSent sent) {
        send("invitation-sent:" + sent.invitationId(), "invitation", sent.invitationId(), sent.emails(),
                sent.languages(), model(sent.meetingName(), sent.firstDay(), sent.lastDay(), sent.letterDate()));
    }

    @ApplicationModuleListener
    void on(InvitationReminderSent reminder) {
        Map<String, Object> model = model(reminder.meetingName(), reminder.firstDay(), reminder.lastDay(),
                reminder.letterDate());
        model.put("sentOn", reminder.sentOn());
        send("invitation-reminder:" + reminder.invitationId() + ":" + reminder.remindedOn(), "invitation-reminder",
                reminder.invitationId(), reminder.emails(), reminder.languages(), model);
    }

    private void send(String cause, String kind, long invitationId, List<String> emails, List<String> languages,
            Map<String, Object> common) {
        InvitationLetter letter = letters.letterOf(invitationId);
        OutgoingMessage.Attachment attachment = OutgoingMessage.Attachment.pdf(letter.fileName(), letter.pdf());
        for (int i = 0; i < emails.size(); i++) {
            Recipient to = Recipient.of(emails.get(i), null, languages.get(i), null);
            Locale locale = to.language();
            Map<String, Object> model = new HashMap<>();
            common
                .forEach((key, value) -> model.put(key, value instanceof LocalDate date ? date(date, locale) : value));
            model.put("invitee", letters.inviteeName(invitationId, locale));
            model.put(MailComposer.SUBJECT_ARGUMENTS, List.of(common.get("meetingName")));
            queue.enqueue(new OutgoingMessage(cause, kind, Topic.INVITATIONS, to, model, List.of(attachment)));
        }
    }

    private static Map<String, Object> model(String meetingName, LocalDate firstDay, LocalDate lastDay,
            LocalDate letterDate) {
        Map<String, Object> model = new HashMap<>();
        model.put("meetingName", meetingName);
        model.put("firstDay", firstDay);
        model.put("lastDay", lastDay);
        model.put("letterDate", letterDate);
        return model;
    }

    /**
     * A date as the reader writes it: "7 April 2014" (the Geneva usage, not the
     * American), "7 avril 2014", "7 de abril de 2014".
     */
    private static String date(LocalDate date, Locale locale) {
        String pattern = "es".equals(locale.getLanguage()) ? "d 'de' MMMM 'de' yyyy" : "d MMMM yyyy";
        return date == null ? "" : DateTimeFormatter.ofPattern(pattern, locale).format(date);
    }

}
