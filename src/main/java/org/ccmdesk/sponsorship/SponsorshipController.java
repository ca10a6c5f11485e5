package org.ccmdesk.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.MeetingService;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.Download;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme's pages for the secretariat (and the reviewers' way in): the programme
 * years and calls, and one year's ledger with its funds, settings, review questions and
 * every movement of money; CSV and Excel of the ledger.
 */
@Controller
class SponsorshipController {

    private final SponsorshipQueries queries;

    private final Programmes programmes;

    private final Reports reports;

    private final MeetingService meetings;

    private final Notices notices;

    SponsorshipController(SponsorshipQueries queries, Programmes programmes, Reports reports, MeetingService meetings,
            Notices notices) {
        this.queries = queries;
        this.programmes = programmes;
        this.reports = reports;
        this.meetings = meetings;
        this.notices = notices;
    }

    @GetMapping("/sponsorship")
    String index(Model model) {
        Map<Long, Meeting> withCall = new LinkedHashMap<>();
        for (long id : queries.callMeetings(null)) {
            meetings.find(id, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .ifPresent(m -> withCall.put(id, m));
        }
        model.addAttribute("programmes", queries.programmes());
        model.addAttribute("calls", withCall.values());
        model.addAttribute("withoutCall",
                meetings.all(org.springframework.context.i18n.LocaleContextHolder.getLocale())
                    .stream()
                    .filter(m -> !withCall.containsKey(m.id()) && !m.cancelled())
                    .toList());
        model.addAttribute("secretariat", ActingUser.current().map(ActingUser::isSecretariat).orElse(false));
        return "sponsorship/index";
    }

    @PostMapping("/sponsorship/programmes")
    String open(@RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean countPledged,
            @RequestParam(defaultValue = "false") boolean lowerMiddleIncome,
            @RequestParam(defaultValue = "2") int reviewsRequired, Locale locale, RedirectAttributes redirect) {
        try {
            boolean opened = notices.run(redirect, locale, "sponsorship.programmeOpened", () -> {
                if (year == null) {
                    throw new org.ccmdesk.system.RuleViolation("year", "sponsorship.yearRange", Programmes.MIN_YEAR,
                            Programmes.MAX_YEAR);
                }
                programmes.open(year, countPledged, lowerMiddleIncome, reviewsRequired);
            });
            return opened ? "redirect:/sponsorship/programmes/" + year : "redirect:/sponsorship";
        }
        catch (DuplicateKeyException twice) {
            redirect.addFlashAttribute("problemText", notices.text("sponsorship.programmeExists", locale, year));
            return "redirect:/sponsorship";
        }
    }

    @GetMapping("/sponsorship/programmes/{year}")
    String programme(@PathVariable int year, Model model) {
        Reports.LedgerView view = reports.ledger(year);
        model.addAttribute("view", view);
        model.addAttribute("questions", queries.questions(year));
        model.addAttribute("currencies", FundCurrency.values());
        model.addAttribute("statuses", FundStatus.values());
        Map<Long, Meeting> calls = new LinkedHashMap<>();
        for (long id : queries.callMeetings(year)) {
            meetings.find(id, org.springframework.context.i18n.LocaleContextHolder.getLocale())
                .ifPresent(m -> calls.put(id, m));
        }
        model.addAttribute("calls", calls);
        return "sponsorship/programme";
    }

    @PostMapping("/sponsorship/programmes/{year}/settings")
    String settings(@PathVariable int year, @RequestParam(defaultValue = "false") boolean countPledged,
            @RequestParam(defaultValue = "false") boolean lowerMiddleIncome,
            @RequestParam(defaultValue = "2") int reviewsRequired, Locale locale, RedirectAttributes redirect) {
        notices.run(redirect, locale, "sponsorship.settingsSaved",
                () -> programmes.settings(year, countPledged, lowerMiddleIncome, reviewsRequired));
        return "redirect:/sponsorship/programmes/" + year;
    }

    @PostMapping("/sponsorship/programmes/{year}/funds")
    String fund(@PathVariable int year, @RequestParam(required = false) String donor,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) FundCurrency currency,
            @RequestParam(required = false) BigDecimal rate, @RequestParam(required = false) FundStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) Long meetingId, Locale locale, RedirectAttributes redirect) {
        notices.run(redirect, locale, "sponsorship.fundRecorded",
                () -> programmes.recordFund(year, donor, amount, currency, rate, status, date, meetingId));
        return "redirect:/sponsorship/programmes/" + year;
    }

    @PostMapping("/sponsorship/funds/{id}/receive")
    String receive(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Locale locale, RedirectAttributes redirect) {
        Fund fund = queries.fund(id)
            .orElseThrow(() -> new org.ccmdesk.system.NotFoundException("sponsorship.fundNotFound", id));
        notices.run(redirect, locale, "sponsorship.fundReceived", () -> programmes.receive(id, date));
        return "redirect:/sponsorship/programmes/" + fund.year();
    }

    @PostMapping("/sponsorship/programmes/{year}/questions")
    String question(@PathVariable int year, @RequestParam(required = false) String text,
            @RequestParam(required = false) BigDecimal weight, Locale locale, RedirectAttributes redirect) {
        notices.run(redirect, locale, "sponsorship.questionAdded", () -> programmes.addQuestion(year, text, weight));
        return "redirect:/sponsorship/programmes/" + year;
    }

    @GetMapping("/sponsorship/programmes/{year}/ledger.csv")
    ResponseEntity<String> ledgerCsv(@PathVariable int year, Locale locale) {
        return Download.attachment(Tables.csv(movements(reports.ledger(year), locale)),
                "sponsorship-ledger-" + year + ".csv", Download.CSV);
    }

    @GetMapping("/sponsorship/programmes/{year}/ledger.xlsx")
    ResponseEntity<byte[]> ledgerXlsx(@PathVariable int year, Locale locale) {
        Reports.LedgerView view = reports.ledger(year);
        return Download.attachment(
                Tables.xlsx(List.of(totals(view, locale), funds(view, locale), movements(view, locale))),
                "sponsorship-ledger-" + year + ".xlsx", Download.XLSX);
    }

    private Tables.Table totals(Reports.LedgerView view, Locale locale) {
        ProgrammeTotals t = view.totals();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(text("sponsorship.fundsReceived", locale), t.received()));
        rows.add(List.of(text("sponsorship.fundsPledged", locale), t.pledged()));
        rows.add(List.of(text("sponsorship.counted", locale), t.counted()));
        rows.add(List.of(text("sponsorship.committed", locale), t.committed()));
        rows.add(List.of(text("sponsorship.spent", locale), t.spent()));
        rows.add(List.of(text("sponsorship.available", locale), t.available()));
        return new Tables.Table(text("sponsorship.ledger", locale),
                List.of(text("sponsorship.item", locale), text("sponsorship.amountChf", locale)), rows);
    }

    private Tables.Table funds(Reports.LedgerView view, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Fund f : view.funds()) {
            rows.add(List.of(f.donor(), text(f.status().messageKey(), locale), String.valueOf(f.date()), f.amount(),
                    f.currency().name(), f.rate(), f.amountChf()));
        }
        return new Tables.Table(text("sponsorship.funds", locale),
                List.of(text("sponsorship.donor", locale), text("sponsorship.fundStatus", locale),
                        text("sponsorship.date", locale), text("sponsorship.amount", locale),
                        text("sponsorship.currency", locale), text("sponsorship.rate", locale),
                        text("sponsorship.amountChf", locale)),
                rows);
    }

    private Tables.Table movements(Reports.LedgerView view, Locale locale) {
        List<List<Object>> rows = new ArrayList<>();
        for (Reports.Movement m : view.movements()) {
            rows.add(List.of(m.at().toString(), m.actor(), text("sponsorship.movement." + m.action(), locale),
                    m.detail(), value(m, "counted"), value(m, "committed"), value(m, "spent"), value(m, "available")));
        }
        return new Tables.Table(text("sponsorship.movements", locale),
                List.of(text("sponsorship.when", locale), text("sponsorship.who", locale),
                        text("sponsorship.what", locale), text("sponsorship.detail", locale),
                        text("sponsorship.counted", locale), text("sponsorship.committed", locale),
                        text("sponsorship.spent", locale), text("sponsorship.available", locale)),
                rows);
    }

    private static Object value(Reports.Movement m, String key) {
        Object value = m.value(key);
        return value == null ? "" : new BigDecimal(value.toString());
    }

    private String text(String key, Locale locale) {
        return notices.text(key, locale);
    }

}
