package org.ccmdesk.invitations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.InputText;
import org.ccmdesk.system.RuleViolation;
import org.springframework.http.MediaType;
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
            text = text(file);
        }
        catch (Refused refused) {
            response.setStatus(refused.status);
            model.addAttribute("problem", refused.getMessage());
            return PAGE;
        }
        MissionContactCsv.Reading reading = MissionContactCsv.read(text, contacts.known());
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

    private static String text(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "missionContacts.import.noFile");
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new Refused(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "missionContacts.import.tooLarge");
        }
        if (!isCsv(file)) {
            throw new Refused(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "missionContacts.import.notCsv");
        }
        try {
            // a file is not bound like a form field, so it is cleaned here
            String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file.getBytes()))
                .toString();
            return InputText.strip(text.replace("\u0000", ""));
        }
        catch (CharacterCodingException e) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "missionContacts.import.notUtf8");
        }
        catch (IOException e) {
            throw new Refused(HttpServletResponse.SC_BAD_REQUEST, "missionContacts.import.unreadable");
        }
    }

    /**
     * A file of type text/csv, or named .csv (browsers send a spreadsheet program's type
     * for it on some systems); a PDF or an image renamed otherwise is refused by its
     * type.
     */
    private static boolean isCsv(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        try {
            MediaType type = MediaType.parseMediaType(file.getContentType());
            String plain = type.getType() + "/" + type.getSubtype();
            return "text/csv".equals(plain) || (name.endsWith(".csv") && (plain.startsWith("text/")
                    || "application/vnd.ms-excel".equals(plain) || "application/octet-stream".equals(plain)));
        }
        catch (RuntimeException e) {
            return false;
        }
    }

    /** A file refused before it is read: the status and the message key. */
    private static final class Refused extends RuntimeException {

        private final int status;

        Refused(int status, String messageKey) {
            super(messageKey);
            this.status = status;
        }

    }

}
