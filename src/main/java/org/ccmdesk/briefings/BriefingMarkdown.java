package org.ccmdesk.briefings;

import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.states.StateDetail;
import org.ccmdesk.statements.UsePositions;
import org.springframework.stereotype.Component;

/** The memo as Markdown, with the same words as the page and the PDF. */
@Component
class BriefingMarkdown {

    String of(BriefingMemo memo, MemoText.Words w) {
        StringBuilder md = new StringBuilder();
        Meeting m = memo.meeting();
        StateDetail s = memo.state();
        md.append("# ").append(w.msg("briefing.title", m.name(), memo.stateName())).append("\n\n");
        md.append(w.msg("briefing.asOf", w.date(memo.asOf()))).append("\n\n");
        md.append(w.msg("briefing.lead")).append("\n\n");
        md.append("## ").append(w.msg("briefing.section.meeting")).append("\n\n");
        item(md, w.msg("briefing.name"), m.name());
        item(md, w.msg("briefing.dates"), w.msg("briefing.datesValue", w.date(m.firstDay()), w.date(m.lastDay())));
        item(md, w.msg("briefing.venue"), m.place());
        item(md, w.msg("briefing.webPage"), m.webPage());
        if (m.registrationOpens() != null && m.registrationCloses() != null) {
            item(md, w.msg("briefing.registration"), w.msg("briefing.registrationWindow", w.date(m.registrationOpens()),
                    w.date(m.registrationCloses())));
        }
        md.append("- ")
            .append(m.registrationUrl() != null ? w.msg("briefing.registrationHow", m.registrationUrl())
                    : w.msg("briefing.registrationHere"))
            .append('\n');
        if (!memo.related().isEmpty()) {
            item(md, w.msg("briefing.related"), String.join("; ", memo.related().stream().map(Meeting::name).toList()));
        }
        item(md, w.msg("briefing.sponsorship"), sponsorship(memo, w));
        item(md, w.msg("briefing.visa"), m.visaInformationUrl() != null
                ? w.msg("briefing.visa.link", m.visaInformationUrl()) : w.msg("briefing.visa.note"));
        md.append("\n## ").append(w.msg("briefing.section.standing")).append("\n\n");
        item(md, w.msg("briefing.status"), w.msg(s.status().messageKey()));
        date(md, w, "briefing.signature", s.signature());
        date(md, w, "briefing.deposit", s.deposit());
        date(md, w, "briefing.entryIntoForce", s.entryIntoForce());
        date(md, w, "briefing.withdrawal", s.withdrawal());
        if (memo.yearsSinceSignature() != null) {
            md.append("- ").append(w.msg("briefing.yearsSinceSignature", memo.yearsSinceSignature())).append('\n');
        }
        if (!memo.stateParty()) {
            md.append("- ")
                .append(w.msg(s.signature() != null ? "briefing.howToRatify" : "briefing.howToAccede"))
                .append('\n');
        }
        md.append("\n## ").append(w.msg("briefing.section.prepare")).append("\n\n");
        for (PrepareLine line : memo.prepare()) {
            md.append("- ").append(w.line(line)).append(" ").append(w.msg("briefing.because", w.reason(line)));
            md.append('\n');
        }
        if (!memo.obligations().isEmpty()) {
            md.append("\n| ")
                .append(String.join(" | ", w.msg("briefing.obligation"), w.msg("briefing.source"),
                        w.msg("briefing.deadline"), w.msg("briefing.standing")))
                .append(" |\n|---|---|---|---|\n");
            for (MemoObligation o : memo.obligations()) {
                String standing = w.msg(o.standing().messageKey())
                        + (o.metOn() != null ? " (" + w.msg("briefing.metOn", w.date(o.metOn())) + ")" : "");
                md.append("| ")
                    .append(String.join(" | ", cell(o.title()), cell(o.source()), w.date(o.dueDate()), standing))
                    .append(" |\n");
            }
            if (memo.obligations().stream().anyMatch(o -> o.standing() == MemoObligation.Standing.NO_RECORD)) {
                md.append('\n').append(w.msg("briefing.noRecordNote")).append('\n');
            }
        }
        if (!memo.uses().isEmpty()) {
            md.append("\n### ").append(w.usesCaption(memo.usesSince(), memo.asOf())).append("\n\n");
            for (UsePositions.Position p : memo.uses()) {
                md.append("- ").append(memo.useCountries().get(p.countryIso3()));
                md.append(" (").append(w.period(p)).append(')');
                md.append(": ")
                    .append(p.condemned() ? w.msg("briefing.useCondemned") + " " + w.date(p.condemnedOn())
                            : w.msg("briefing.useNotCondemned"))
                    .append('\n');
            }
        }
        if (memo.delegation() != null) {
            md.append("\n## ").append(w.msg("briefing.section.delegation")).append("\n\n");
            BriefingMemo.Delegation d = memo.delegation();
            item(md, w.msg("briefing.registered"), d.registered().isEmpty() ? w.msg("briefing.nobody")
                    : String.join(", ", d.registered().stream().map(p -> p.name()).toList()));
            item(md, w.msg("briefing.approved"),
                    d.approved().isEmpty() ? w.msg("briefing.nobody") : String.join(", ", d.approved()));
            for (var a : d.applications()) {
                md.append("- ")
                    .append(w.msg("briefing.application", a.registrationId(),
                            w.msg(a.eligible() ? "briefing.eligible" : "briefing.notEligible"),
                            w.msg("sponsorship.outcome." + a.outcome())))
                    .append('\n');
            }
            md.append("- **").append(w.msg("briefing.delegationAdvice")).append("**\n");
            for (var line : d.advice()) {
                md.append("  - ")
                    .append(w.msg("briefing.adviceLine", w.msg(line.messageKey()),
                            w.msg(line.present() ? "advice.present" : "advice.missing")))
                    .append('\n');
            }
        }
        md.append("\n## ").append(w.msg("briefing.section.sources")).append("\n\n");
        for (Map.Entry<String, String> source : sources(memo, w).entrySet()) {
            item(md, source.getKey(), source.getValue());
        }
        return md.toString();
    }

    /** Every source of the memo: label, citation. */
    static Map<String, String> sources(BriefingMemo memo, MemoText.Words w) {
        Map<String, String> sources = new java.util.LinkedHashMap<>();
        if (memo.meeting().source() != null) {
            sources.put(w.msg("briefing.sourceMeeting"), memo.meeting().source());
        }
        memo.state().sources().forEach((key, value) -> sources.put(w.msg("state.source." + key), value));
        if (!memo.obligations().isEmpty()) {
            sources.put(w.msg("briefing.obligations"), w.msg("briefing.sourceObligations"));
        }
        for (UsePositions.Position p : memo.uses()) {
            if (p.sources() != null) {
                sources.put(w.msg("briefing.sourceUse", memo.useCountries().get(p.countryIso3())), p.sources());
            }
        }
        return sources;
    }

    static String sponsorship(BriefingMemo memo, MemoText.Words w) {
        var call = memo.sponsorship();
        if (call == null) {
            return w.msg("briefing.sponsorship.none");
        }
        String when = call.openOn(memo.asOf()) ? w.msg("briefing.sponsorship.open", w.date(call.closes()))
                : w.msg("briefing.sponsorship.closed", w.date(call.opens()), w.date(call.closes()));
        return when + " "
                + w.msg(call.stateInvited() ? "briefing.sponsorship.invited" : "briefing.sponsorship.notInvited") + " "
                + w.msg("briefing.sponsorship.contact");
    }

    private static void item(StringBuilder md, String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- **").append(label).append("**: ").append(value).append('\n');
        }
    }

    private static void date(StringBuilder md, MemoText.Words w, String key, java.time.LocalDate date) {
        if (date != null) {
            item(md, w.msg(key), w.date(date));
        }
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }

}
