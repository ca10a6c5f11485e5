package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.ccmdesk.system.AsOf;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.PageLabels;
import org.ccmdesk.system.PageWindow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Public pages: the list of every state with its status as of a date, and one state. */
@Controller
class StateController {

    static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 200);
    static final int DEFAULT_PAGE_SIZE = 50;

    private final TreatyStatusService treaty;

    private final ObjectProvider<StatePageNotes> notes;

    private final MessageSource messages;

    StateController(TreatyStatusService treaty, ObjectProvider<StatePageNotes> notes, MessageSource messages) {
        this.treaty = treaty;
        this.notes = notes;
        this.messages = messages;
    }

    @GetMapping("/states")
    String list(AsOf chosen, @RequestParam(required = false) TreatyStatus status,
            @RequestParam(required = false) String group, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size, Locale locale, HttpServletRequest request, Model model) {
        LocalDate asOf = chosen.date();
        StateListFilter filter = new StateListFilter(status, group, region, q, sort, dir);
        List<StateStatus> all = treaty.statusOfAll(asOf, locale);
        List<StateStatus> rows = filter.apply(all, locale, otherNames(q));
        int pageSize = PAGE_SIZES.contains(size) ? size : DEFAULT_PAGE_SIZE;
        PageWindow window = PageWindow.of(rows.size(), page, pageSize);
        model.addAttribute("asOf", asOf);
        model.addAttribute("filter", filter);
        List<StateStatus> shown = window.slice(rows);
        model.addAttribute("states", shown);
        model.addAttribute("rows",
                StateListRow.of(shown, request.getContextPath(), chosen.query(), new PageLabels(messages, locale)));
        model.addAttribute("total", rows.size());
        model.addAttribute("first", rows.isEmpty() ? 0 : window.offset() + 1);
        model.addAttribute("last", window.end());
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        model.addAttribute("size", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("statuses", TreatyStatus.values());
        model.addAttribute("groups", distinct(all.stream().map(StateStatus::unRegionalGroup).toList()));
        model.addAttribute("regions", distinct(all.stream().map(StateStatus::region).toList()));
        model.addAttribute("links", new StateListLinks(chosen.query(), filter, pageSize));
        return "states/list";
    }

    /** The same rows as the list (all pages), as a CSV download. */
    @GetMapping("/states.csv")
    ResponseEntity<String> csv(LocalDate asOf, @RequestParam(required = false) TreatyStatus status,
            @RequestParam(required = false) String group, @RequestParam(required = false) String region,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, Locale locale) {
        StateListFilter filter = new StateListFilter(status, group, region, q, sort, dir);
        List<StateStatus> rows = filter.apply(treaty.statusOfAll(asOf, locale), locale, otherNames(q));
        return Download.attachment(StateCsvExport.write(rows, asOf), "ccm-states-" + asOf + ".csv", Download.CSV);
    }

    @GetMapping("/states/{iso3}")
    String show(@PathVariable String iso3, LocalDate asOf, Locale locale, Model model) {
        StateDetail state = treaty.detailOf(iso3, asOf, locale).orElseThrow(() -> new UnknownStateException(iso3));
        model.addAttribute("notes",
                notes.orderedStream()
                    .flatMap(n -> n.notesFor(state.iso3(), asOf, locale).stream())
                    .collect(java.util.stream.Collectors.groupingBy(StatePageNotes.Note::headingKey,
                            java.util.LinkedHashMap::new, java.util.stream.Collectors.toList())));
        return TreatyFactController.showPage(model, state, asOf, TreatyEventForm.empty());
    }

    /** Former, formal and other-language names for the search; no query without one. */
    private java.util.function.Function<String, java.util.Collection<String>> otherNames(String q) {
        if (q == null || q.isBlank()) {
            return iso3 -> List.of();
        }
        java.util.Map<String, java.util.Set<String>> names = treaty.everyName();
        return iso3 -> names.getOrDefault(iso3, java.util.Set.of());
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().filter(Objects::nonNull).distinct().sorted().toList();
    }

}
