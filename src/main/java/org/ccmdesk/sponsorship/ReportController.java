package org.ccmdesk.sponsorship;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.Download;
import org.ccmdesk.system.NotFoundException;
import org.ccmdesk.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The programme report, per year and per meeting: delegates sponsored by state, region
 * and gender, cost by item and in total, donors; as a page, a PDF and an Excel workbook
 * for the secretariat (with the names), and the public totals and donors (without them).
 */
@Controller
class ReportController {

    private final Reports reports;

    private final SponsorshipQueries queries;

    private final PdfDocuments pdf;

    private final Notices notices;

    ReportController(Reports reports, SponsorshipQueries queries, PdfDocuments pdf, Notices notices) {
        this.reports = reports;
        this.queries = queries;
        this.pdf = pdf;
        this.notices = notices;
    }

    @GetMapping("/sponsorship/programmes/{year}/report")
    String year(@PathVariable int year, Locale locale, Model model) {
        model.addAttribute("report", reports.report(year, null, locale));
        return "sponsorship/report";
    }

    @GetMapping("/sponsorship/meetings/{id}/report")
    String meeting(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", reports.report(yearOf(id), id, locale));
        return "sponsorship/report";
    }

    @GetMapping("/sponsorship/programmes/{year}/report.pdf")
    ResponseEntity<byte[]> yearPdf(@PathVariable int year, Locale locale) {
        return pdf(reports.report(year, null, locale), locale, "sponsorship-report-" + year + ".pdf");
    }

    @GetMapping("/sponsorship/meetings/{id}/report.pdf")
    ResponseEntity<byte[]> meetingPdf(@PathVariable long id, Locale locale) {
        Reports.Report report = reports.report(yearOf(id), id, locale);
        return pdf(report, locale, "sponsorship-report-" + Download.slug(report.meeting().shortName()) + ".pdf");
    }

    @GetMapping("/sponsorship/programmes/{year}/report.xlsx")
    ResponseEntity<byte[]> yearXlsx(@PathVariable int year, Locale locale) {
        return Download.attachment(xlsx(reports.report(year, null, locale), locale),
                "sponsorship-report-" + year + ".xlsx", Download.XLSX);
    }

    @GetMapping("/sponsorship/meetings/{id}/report.xlsx")
    ResponseEntity<byte[]> meetingXlsx(@PathVariable long id, Locale locale) {
        Reports.Report report = reports.report(yearOf(id), id, locale);
        return Download.attachment(xlsx(report, locale),
                "sponsorship-report-" + Download.slug(report.meeting().shortName()) + ".xlsx", Download.XLSX);
    }

    @GetMapping("/sponsorship/public")
    String publicYears(Model model) {
        model.addAttribute("years", queries.programmes().stream().map(Programme::year).toList());
        model.addAttribute("report", null);
        return "sponsorship/public";
    }

    @GetMapping("/sponsorship/public/{year}")
    String publicYear(@PathVariable int year, Locale locale, Model model) {
        model.addAttribute("years", queries.programmes().stream().map(Programme::year).toList());
        model.addAttribute("report", reports.report(year, null, locale));
        return "sponsorship/public";
    }

    private int yearOf(long meetingId) {
        return queries.call(meetingId)
            .orElseThrow(() -> new NotFoundException("sponsorship.callNotFound", meetingId))
            .year();
    }

    private ResponseEntity<byte[]> pdf(Reports.Report report, Locale locale, String name) {
        return Download.attachment(pdf.render("sponsorship/report-print", locale, Map.of("report", report)), name,
                Download.PDF);
    }

    private byte[] xlsx(Reports.Report report, Locale locale) {
        List<List<Object>> delegates = new ArrayList<>();
        for (Reports.Delegate d : report.delegates()) {
            delegates.add(List.of(d.name(), d.state(), d.region(), text("sponsorship.gender." + d.gender(), locale),
                    d.cost().getOrDefault(CostKind.TRAVEL, Money.ZERO), d.cost().getOrDefault(CostKind.DSA, Money.ZERO),
                    d.cost().getOrDefault(CostKind.HOTEL, Money.ZERO), d.total()));
        }
        List<List<Object>> counts = new ArrayList<>();
        report.byState().forEach((k, v) -> counts.add(List.of(text("sponsorship.state", locale), k, v)));
        report.byRegion().forEach((k, v) -> counts.add(List.of(text("sponsorship.region", locale), k, v)));
        report.byGender()
            .forEach((k, v) -> counts
                .add(List.of(text("sponsorship.gender", locale), text("sponsorship.gender." + k, locale), v)));
        List<List<Object>> costs = new ArrayList<>();
        report.costByItem().forEach((k, v) -> costs.add(List.of(text(k.messageKey(), locale), v)));
        costs.add(List.of(text("sponsorship.total", locale), report.totalCost()));
        List<List<Object>> donors = new ArrayList<>();
        report.donors().forEach(d -> donors.add(List.of(d.donor(), d.received(), d.pledged(), d.total())));
        return Tables.xlsx(List.of(
                new Tables.Table(text("sponsorship.delegates", locale),
                        List.of(text("sponsorship.name", locale), text("sponsorship.state", locale),
                                text("sponsorship.region", locale), text("sponsorship.gender", locale),
                                text(CostKind.TRAVEL.messageKey(), locale), text(CostKind.DSA.messageKey(), locale),
                                text(CostKind.HOTEL.messageKey(), locale), text("sponsorship.total", locale)),
                        delegates),
                new Tables.Table(text("sponsorship.counts", locale),
                        List.of(text("sponsorship.by", locale), text("sponsorship.value", locale),
                                text("sponsorship.delegateCount", locale)),
                        counts),
                new Tables.Table(text("sponsorship.costs", locale),
                        List.of(text("sponsorship.item", locale), text("sponsorship.amountChf", locale)), costs),
                new Tables.Table(text("sponsorship.donors", locale),
                        List.of(text("sponsorship.donor", locale), text("sponsorship.fundsReceived", locale),
                                text("sponsorship.fundsPledged", locale), text("sponsorship.total", locale)),
                        donors)));
    }

    private String text(String key, Locale locale) {
        return notices.text(key, locale);
    }

}
