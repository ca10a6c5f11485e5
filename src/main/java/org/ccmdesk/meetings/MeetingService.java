package org.ccmdesk.meetings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading meetings, their agendas and the meetings of the same series. */
@Service
@Transactional(readOnly = true)
public class MeetingService {

    private final MeetingQueries queries;

    MeetingService(MeetingQueries queries) {
        this.queries = queries;
    }

    public List<Meeting> all() {
        return queries.all();
    }

    public Optional<Meeting> find(long id) {
        return queries.find(id);
    }

    /** The meeting with its texts in the language of {@code locale}, for a page. */
    public Optional<Meeting> find(long id, Locale locale) {
        return queries.find(id).map(meeting -> localized(meeting, locale).meeting());
    }

    /** Every meeting with its texts in the language of {@code locale}, for a page. */
    public List<Meeting> all(Locale locale) {
        return localized(queries.all(), locale).stream().map(LocalizedMeeting::meeting).toList();
    }

    public List<AgendaItem> agenda(long meetingId) {
        return queries.agenda(meetingId);
    }

    /**
     * The meeting in the language of {@code locale}: English as stored, French or Spanish
     * from its translations, each missing translation named.
     */
    public LocalizedMeeting localized(Meeting meeting, Locale locale) {
        String language = language(locale);
        if (language.equals("en")) {
            return new LocalizedMeeting(meeting, "en", Set.of());
        }
        return meeting.translated(queries.text(meeting.id(), language).orElse(MeetingText.empty(language)));
    }

    /** {@link #localized} for many meetings with one query. */
    public List<LocalizedMeeting> localized(List<Meeting> meetings, Locale locale) {
        String language = language(locale);
        if (language.equals("en")) {
            return meetings.stream().map(m -> new LocalizedMeeting(m, "en", Set.of())).toList();
        }
        Map<Long, MeetingText> texts = queries.texts(language);
        return meetings.stream()
            .map(m -> m.translated(texts.getOrDefault(m.id(), MeetingText.empty(language))))
            .toList();
    }

    /** The French or Spanish text of a meeting as stored (empty fields where none). */
    public MeetingText text(long meetingId, String language) {
        return queries.text(meetingId, language).orElse(MeetingText.empty(language));
    }

    /**
     * Agenda items with their titles in the language of {@code locale} where translated.
     */
    public List<AgendaItem> agenda(long meetingId, Locale locale) {
        String language = language(locale);
        List<AgendaItem> items = queries.agenda(meetingId);
        if (language.equals("en")) {
            return items;
        }
        Map<Long, String> titles = queries.agendaTitles(meetingId, language);
        return items.stream().map(item -> item.titled(titles.get(item.id()))).toList();
    }

    /**
     * The signatory and secretariat contact of the meeting's letters, the title in the
     * letter's language where translated.
     */
    public MeetingLetterSettings letterSettings(long meetingId, Locale locale) {
        MeetingLetterSettings settings = queries.letterSettings(meetingId);
        String language = language(locale);
        if (language.equals("en")) {
            return settings;
        }
        String title = queries.text(meetingId, language)
            .map(MeetingText::signatoryTitle)
            .filter(t -> t != null && !t.isBlank())
            .orElse(settings.signatoryTitle());
        return new MeetingLetterSettings(settings.signatoryName(), title, settings.secretariatContact());
    }

    private static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return language.equals("fr") || language.equals("es") ? language : "en";
    }

    /**
     * The meeting's calendar file (iCalendar, RFC 5545: one all-day event), as the
     * meeting's page offers it; for a message to attach.
     */
    public String calendar(Meeting meeting) {
        return MeetingCalendar.of(List.of(meeting));
    }

    /** The other meetings of the same weeks (empty when the meeting has no series). */
    public List<Meeting> related(Meeting meeting) {
        return meeting.seriesId() == null ? List.of()
                : queries.series(meeting.seriesId()).stream().filter(m -> m.id() != meeting.id()).toList();
    }

}
