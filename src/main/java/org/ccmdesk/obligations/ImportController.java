package org.ccmdesk.obligations;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.ccmdesk.system.InputText;
import org.ccmdesk.system.RuleViolation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat imports its existing lists of fulfilments: a file or pasted text, a dry
 * run that shows every line, then a confirmation that posts the same text back to record
 * it.
 */
@Controller
class ImportController {

    static final long MAX_FILE_BYTES = 1024 * 1024;

    private static final String PAGE = "admin/obligations-import";

    private static final Set<String> CSV_TYPES = Set.of("text/csv", "text/plain", "application/vnd.ms-excel");

    private final FulfilmentImport imports;

    ImportController(FulfilmentImport imports) {
        this.imports = imports;
    }

    @GetMapping("/admin/obligations/import")
    String initImportForm() {
        return PAGE;
    }

    /**
     * A chosen file wins over the pasted text (the page says so): the text box may still
     * hold the previous run.
     */
    @PostMapping("/admin/obligations/import")
    String processImportForm(@RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String csv, @RequestParam(defaultValue = "dryRun") String action,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        String text;
        try {
            text = file != null && !file.isEmpty() ? text(file) : csv;
            if (text == null || text.isBlank()) {
                throw new RuleViolation("csv", "import.nothingGiven");
            }
        }
        catch (RuleViolation violation) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", violation.messageKey());
            model.addAttribute("csv", csv);
            return PAGE;
        }
        if ("apply".equals(action)) {
            try {
                int count = imports.apply(text);
                redirect.addFlashAttribute("notice", "import.done");
                redirect.addFlashAttribute("importedCount", count);
                return "redirect:/admin/obligations/import";
            }
            catch (RuleViolation violation) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problem", violation.messageKey());
            }
            catch (DataIntegrityViolationException e) {
                // recorded by someone else between the dry run and now: nothing of the
                // file was written
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("problem", "import.conflict");
            }
        }
        model.addAttribute("dryRun", imports.check(text));
        model.addAttribute("csv", text);
        return PAGE;
    }

    private static String text(MultipartFile file) {
        if (file.getSize() > MAX_FILE_BYTES) {
            throw new RuleViolation("file", "import.fileTooLarge");
        }
        if (!isCsv(file.getContentType())) {
            throw new RuleViolation("file", "import.notCsv");
        }
        try {
            // a file is not bound like a form field, so it is cleaned here
            return InputText.strip(StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(file.getBytes()))
                .toString());
        }
        catch (CharacterCodingException e) {
            throw new RuleViolation("file", "import.notUtf8");
        }
        catch (IOException e) {
            throw new RuleViolation("file", "import.unreadable");
        }
    }

    private static boolean isCsv(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return CSV_TYPES.contains(type.getType() + "/" + type.getSubtype());
        }
        catch (RuntimeException e) {
            return false;
        }
    }

}
