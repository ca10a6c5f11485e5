package org.ccmdesk.accounts;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat reads the audit log (read only: there is no way to edit or delete an entry). */
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
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("entries", audit.find(filter, clock.getZone(), (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "admin/audit";
    }
}
