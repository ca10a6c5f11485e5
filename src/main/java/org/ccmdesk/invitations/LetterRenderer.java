package org.ccmdesk.invitations;

import java.util.Map;

import org.ccmdesk.system.PdfDocuments;
import org.springframework.stereotype.Component;

/**
 * A letter as PDF: the print template {@code invitations/letter} rendered by the shared
 * {@link PdfDocuments}.
 */
@Component
class LetterRenderer {

    private static final String TEMPLATE = "invitations/letter";

    private final PdfDocuments documents;

    LetterRenderer(PdfDocuments documents) {
        this.documents = documents;
    }

    byte[] pdf(Letter letter) {
        return documents.render(TEMPLATE, letter.locale(), model(letter));
    }

    String xhtml(Letter letter) {
        return documents.xhtml(TEMPLATE, letter.locale(), model(letter));
    }

    private static Map<String, Object> model(Letter letter) {
        return Map.of("letter", letter, "invitation", letter.invitation(), "meeting", letter.meeting(),
                "sponsorshipContact", Letter.SPONSORSHIP_CONTACT);
    }

}
