package org.ccmdesk.obligations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.ccmdesk.states.StateFlags;
import org.ccmdesk.states.StateStatus;
import org.ccmdesk.states.TreatyStatusService;
import org.ccmdesk.states.UnknownStateException;
import org.ccmdesk.system.ActingUser;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.PageLabels;
import org.ccmdesk.system.PageWindow;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages: the compliance overview, the overdue list, one state's obligations;
 * exports.
 */
@Controller
class ObligationController {

    private final ObligationService obligations;

    private final TreatyStatusService states;

    private final StateFlags flags;

    private final MessageSource messages;

    ObligationController(ObligationService obligations, TreatyStatusService states, StateFlags flags,
            MessageSource messages) {
        this.obligations = obligations;
        this.states = states;
        this.flags = flags;
        this.messages = messages;
    }

    @GetMapping("/obligations")
    String overview(LocalDate asOf, @RequestParam(required = false) ObligationStatus status,
            @RequestParam(required = false) Theme theme, @RequestParam(required = false) String region, Locale locale,
            HttpServletRequest request, Model model) {
        List<StateStatus> all = states.statusOfAll(asOf, locale);
        Map<String, String> names = all.stream().collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
        Set<String> inRegion = all.stream()
            .filter(s -> region == null || region.isBlank() || region.equals(s.region()))
            .map(StateStatus::iso3)
            .collect(Collectors.toSet());
        List<Obligation> list = obligations.forAll(asOf, locale)
            .stream()
            .filter(o -> inRegion.contains(o.iso3()))
            .toList();
        model.addAttribute("asOf", asOf);
        ComplianceOverview overview = ComplianceOverview.of(list, names, status, theme);
        model.addAttribute("overview", overview);
        model.addAttribute("lines",
                OverviewLine.of(overview.rows(), request.getContextPath(), asOf, new PageLabels(messages, locale)));
        model.addAttribute("themes", Theme.values());
        model.addAttribute("statuses", ObligationStatus.values());
        model.addAttribute("regions",
                all.stream().map(StateStatus::region).filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("status", status);
        model.addAttribute("theme", theme);
        model.addAttribute("region", region);
        model.addAttribute("rules",
                obligations.rules().stream().collect(Collectors.toMap(ObligationRule::id, r -> r.title(locale))));
        model.addAttribute("coverage", coverage());
        return "obligations/overview";
    }

    static final int OVERDUE_PAGE_SIZE = 100;

    @GetMapping("/obligations/overdue")
    String overdue(LocalDate asOf, @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        Map<String, String> names = states.statusOfAll(asOf, locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
        List<Obligation> overdue = obligations.overdue(asOf, locale);
        PageWindow window = PageWindow.of(overdue.size(), page, OVERDUE_PAGE_SIZE);
        model.addAttribute("asOf", asOf);
        model.addAttribute("total", overdue.size());
        model.addAttribute("overdue", window.slice(overdue));
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        model.addAttribute("names", names);
        model.addAttribute("coverage", coverage());
        return "obligations/overdue";
    }

    @GetMapping("/obligations.csv")
    ResponseEntity<String> csv(LocalDate asOf, Locale locale) {
        return Download.attachment(ObligationExport.csv(obligations.forAll(asOf, locale), names(asOf, locale), asOf),
                "ccm-obligations-" + asOf + ".csv", Download.CSV);
    }

    @GetMapping("/obligations.xlsx")
    ResponseEntity<byte[]> xlsx(LocalDate asOf, Locale locale) {
        return Download.attachment(ObligationExport.xlsx(obligations.forAll(asOf, locale), names(asOf, locale), asOf),
                "ccm-obligations-" + asOf + ".xlsx", Download.XLSX);
    }

    @GetMapping("/states/{iso3}/obligations")
    String state(@PathVariable String iso3, LocalDate asOf, Locale locale, Model model) {
        String code = iso3.trim().toUpperCase(Locale.ROOT);
        var state = states.detailOf(code, asOf, locale).orElseThrow(() -> new UnknownStateException(iso3));
        List<Obligation> list = obligations.forState(code, asOf, locale);
        List<Fulfilment> fulfilments = obligations.fulfilments(code)
            .stream()
            .filter(f -> !f.metOn().isAfter(asOf))
            .toList();
        model.addAttribute("asOf", asOf);
        model.addAttribute("state", state);
        model.addAttribute("obligations", list);
        model.addAttribute("fulfilments", fulfilments.stream().collect(Collectors.toMap(Fulfilment::id, f -> f)));
        model.addAttribute("voluntary",
                fulfilments.stream().filter(f -> f.reportKind() == ReportKind.VOLUNTARY).toList());
        model.addAttribute("extensions", obligations.extensions(code));
        model.addAttribute("flags", flags.of(code));
        model.addAttribute("timeline",
                list.stream()
                    .filter(o -> o.dueDate() != null)
                    .sorted(Comparator.comparing(Obligation::dueDate))
                    .toList());
        model.addAttribute("canRecord", ActingUser.current().map(u -> u.canActForState(code)).orElse(false));
        model.addAttribute("isSecretariat", ActingUser.current().map(ActingUser::isSecretariat).orElse(false));
        model.addAttribute("extendable", obligations.rules().stream().filter(r -> r.extensionYears() != null).toList());
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", ExtensionForm.empty());
        }
        return "obligations/state";
    }

    /**
     * The rules whose records are complete from a date: the period overdue counts cover.
     */
    private List<ObligationRule> coverage() {
        return obligations.rules().stream().filter(r -> r.recordsCompleteFrom() != null).toList();
    }

    private Map<String, String> names(LocalDate asOf, Locale locale) {
        return states.statusOfAll(asOf, locale)
            .stream()
            .collect(Collectors.toMap(StateStatus::iso3, StateStatus::name));
    }

}
