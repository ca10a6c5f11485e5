package org.ccmdesk.states;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.Download;
import org.ccmdesk.system.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How states are written to, imported from a CSV file in one step (every line is checked
 * first; when one is wrong, the page lists each wrong line by its number and nothing is
 * stored) and exported in the same form.
 */
@Controller
class MissionImportController {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String PAGE = "admin/missions-import";

    private final TreatyStatusService treaty;

    private final Missions missions;

    MissionImportController(TreatyStatusService treaty, Missions missions) {
        this.treaty = treaty;
        this.missions = missions;
    }

    @GetMapping("/admin/missions/import")
    String initImportForm() {
        return PAGE;
    }

    @PostMapping("/admin/missions/import")
    String processImportForm(@RequestParam(required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String text;
        try {
            text = CsvImport.text(file, MAX_FILE_BYTES, MissionCsv.PREFIX);
        }
        catch (CsvImport.Refused refused) {
            response.setStatus(refused.status());
            model.addAttribute("problem", refused.messageKey());
            return PAGE;
        }
        var known = treaty.missions().keySet();
        CsvImport.Reading<MissionCsv.Entry> reading = MissionCsv.read(text, known::contains);
        if (!reading.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reading", reading);
            return PAGE;
        }
        try {
            redirect.addFlashAttribute("imported", missions.importFile(reading.entries(), file.getOriginalFilename()));
            return "redirect:/admin/missions/import";
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", violation.messageKey());
            return PAGE;
        }
    }

    @GetMapping("/admin/missions.csv")
    ResponseEntity<byte[]> export() {
        return Download.attachment(MissionCsv.write(treaty.missions()).getBytes(StandardCharsets.UTF_8), "missions.csv",
                Download.CSV);
    }

}
