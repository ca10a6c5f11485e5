package org.ccmdesk.invitations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * A letter as PDF: the print template {@code invitations/letter} (well-formed XHTML, so processed in
 * XML mode) rendered by openhtmltopdf. Only the PDF standard fonts are used, so nothing is embedded
 * or fetched, and every external resource is refused by the URI resolver.
 */
@Component
class LetterRenderer {

    private static final TemplateSpec TEMPLATE = new TemplateSpec("invitations/letter", null, TemplateMode.XML, null);

    private final ITemplateEngine templates;

    LetterRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] pdf(Letter letter) {
        return pdf(xhtml(letter));
    }

    String xhtml(Letter letter) {
        Context context = new Context(letter.locale(), Map.of("letter", letter, "invitation", letter.invitation(),
                "meeting", letter.meeting(), "sponsorshipContact", Letter.SPONSORSHIP_CONTACT));
        return templates.process(TEMPLATE, context);
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);
            builder.withProducer("CCM Desk");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
