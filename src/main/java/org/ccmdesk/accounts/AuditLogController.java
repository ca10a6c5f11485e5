package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.LocalDate;

import org.ccmdesk.system.PageWindow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat reads the audit log (read only: there is no way to edit or delete an
 * entry).
 */
@Controller
class AuditLogController {

    static final int PAGE_SIZE = 50;

    private final AuditQueries audit;

    private final Clock clock;

    AuditLogController(AuditQueries audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        AuditQueries.Filter filter = new AuditQueries.Filter(entityType, entityId, actor, from, to);
        int total = audit.count(filter, clock.getZone());
        PageWindow window = PageWindow.of(total, page, PAGE_SIZE);
        model.addAttribute("entries", audit.find(filter, clock.getZone(), window.offset(), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("total", total);
        model.addAttribute("page", window.page());
        model.addAttribute("pages", window.pages());
        return "admin/audit";
    }

}
