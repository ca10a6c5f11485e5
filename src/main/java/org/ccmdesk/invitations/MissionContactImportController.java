package org.ccmdesk.invitations;

import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.CsvImport;
import org.ccmdesk.system.RuleViolation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Mission addresses imported from a CSV file in one step: every line is checked first;
 * when one is wrong, the page lists each wrong line by its number and nothing is stored.
 */
@Controller
class MissionContactImportController {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String PAGE = "admin/mission-contacts-import";

    private final MissionContacts contacts;

    MissionContactImportController(MissionContacts contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/admin/mission-contacts/import")
    String initImportForm() {
        return PAGE;
    }

    @PostMapping("/admin/mission-contacts/import")
    String processImportForm(@RequestParam(required = false) MultipartFile file, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        String text;
        try {
            text = CsvImport.text(file, MAX_FILE_BYTES, MissionContactCsv.PREFIX);
        }
        catch (CsvImport.Refused refused) {
            response.setStatus(refused.status());
            model.addAttribute("problem", refused.messageKey());
            return PAGE;
        }
        CsvImport.Reading<MissionContactEntry> reading = MissionContactCsv.read(text, contacts.known());
        if (!reading.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("reading", reading);
            return PAGE;
        }
        try {
            MissionContacts.Imported imported = contacts.importFile(reading);
            redirect.addFlashAttribute("imported", imported);
            return "redirect:/admin/mission-contacts/import";
        }
        catch (RuleViolation violation) {
            // added by someone else meanwhile: the whole file was rolled back
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", "missionContacts.import.conflict");
            return PAGE;
        }
    }

}
