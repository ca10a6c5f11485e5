package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The memo's words in one language: dates in the language's pattern, the "what to
 * prepare" lines and their reasons. Pages, PDF, Markdown and CSV all take their text from
 * here, so the four say the same.
 */
@Component
class MemoText {

    private final MessageSource messages;

    MemoText(MessageSource messages) {
        this.messages = messages;
    }

    Words in(Locale locale) {
        return new Words(messages, locale);
    }

    /**
     * What a template shows of a memo: the memo, its sources and its sponsorship line.
     */
    record View(BriefingMemo memo, java.util.Map<String, String> sources, String sponsorship) {

        static View of(BriefingMemo memo, Words w) {
            return new View(memo, BriefingMarkdown.sources(memo, w), BriefingMarkdown.sponsorship(memo, w));
        }

    }

    record Words(MessageSource messages, Locale locale) {

        public String msg(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }

        public String date(LocalDate date) {
            return date == null ? "" : DateTimeFormatter.ofPattern(msg("briefing.datePattern"), locale).format(date);
        }

        /** When a reported use happened, in words, or "not recorded". */
        public String period(org.ccmdesk.statements.UsePositions.Position use) {
            String period = use.periodIn(locale, msg("briefing.useContinuing"), msg("briefing.useUntil"));
            return period == null ? msg("briefing.usePeriodNotRecorded") : period;
        }

        /** The caption of the uses' table: the period it covers. */
        public String usesCaption(LocalDate since, LocalDate asOf) {
            return since == null ? msg("briefing.usesUntil", date(asOf))
                    : msg("briefing.usesOfPeriod", date(since), date(asOf));
        }

        public String line(PrepareLine line) {
            return msg(line.key(), line.args().toArray());
        }

        public String reason(PrepareLine line) {
            return msg(line.reasonKey(), line.args().toArray());
        }

    }

}
