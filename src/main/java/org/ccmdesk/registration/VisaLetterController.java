package org.ccmdesk.registration;

import java.util.Locale;
import java.util.Map;

import org.ccmdesk.system.Download;
import org.ccmdesk.system.PdfDocuments;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The visa support letter of a registration, for the person, their focal points and the
 * secretariat.
 */
@Controller
class VisaLetterController {

    private final RegistrationAccess access;

    private final VisaLetters letters;

    private final PdfDocuments pdf;

    VisaLetterController(RegistrationAccess access, VisaLetters letters, PdfDocuments pdf) {
        this.access = access;
        this.letters = letters;
        this.pdf = pdf;
    }

    @GetMapping("/registrations/{id}/visa-letter.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id, Locale locale) {
        Registration registration = access.checkCanSee(id);
        VisaLetter letter = letters.letter(registration, locale);
        byte[] document = pdf.render("registration/visa-letter", locale,
                Map.of("letter", letter, "meeting", letter.meeting()));
        return Download.attachment(document, letter.fileName(), Download.PDF);
    }

}
