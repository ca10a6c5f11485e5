package org.ccmdesk.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * PDF documents (letters, lists, badges) from Thymeleaf print templates. A print template
 * is well-formed XHTML, so it is processed in XML mode, then rendered by openhtmltopdf.
 * The font is DejaVu Sans, shipped in the jar and embedded (subset) in every document, so
 * that names beyond the Latin-1 letters of the PDF standard fonts (Polish, Vietnamese,
 * Greek, Cyrillic, ...) print; the URI resolver refuses every external resource: a name
 * typed by a user can never make the server load a URL.
 */
@Component
public class PdfDocuments {

    /** The family the print templates name in their {@code font-family}. */
    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The template (e.g. {@code registration/badges}) with the model, in the locale, as
     * PDF.
     */
    public byte[] render(String template, Locale locale, Map<String, Object> model) {
        return pdf(xhtml(template, locale, model));
    }

    /** The processed template before rendering; tests and debugging read it. */
    public String xhtml(String template, Locale locale, Map<String, Object> model) {
        TemplateSpec spec = new TemplateSpec(template, null, TemplateMode.XML, null);
        return templates.process(spec, new Context(locale, model));
    }

    /** Read from the jar once: a batch of letters renders hundreds of documents. */
    private static final Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    private static InputStream font(String file) {
        byte[] bytes = FONTS.computeIfAbsent(file, name -> {
            try (InputStream in = PdfDocuments.class.getResourceAsStream("/fonts/" + name)) {
                return in.readAllBytes();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new java.io.ByteArrayInputStream(bytes);
    }

    private static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withProducer("CCM Desk");
            // text stored before input was cleaned may still hold characters XML refuses
            builder.withHtmlContent(InputText.strip(xhtml), null);
            builder.toStream(out);
            builder.run();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
