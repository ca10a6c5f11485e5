package org.ccmdesk.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes a message from its templates, wholly in the recipient's language: the subject
 * ({@code mail.<kind>.subject}), a plain text body ({@code templates/mail/<kind>.txt})
 * and an HTML body ({@code templates/mail/<kind>.html}), both ending with the footer that
 * says why the person receives it and, for messages they may stop, the link that stops
 * them. The engine is its own, apart from the pages', so that a page's settings never
 * change a message.
 */
@Component
class MailComposer {

    /**
     * The model entry (a list) with the values the subject's message puts in its {0},
     * {1}...
     */
    static final String SUBJECT_ARGUMENTS = "subjectArguments";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    private final MessageSource messages;

    MailComposer(MessageSource messages) {
        this.messages = messages;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /**
     * Subject and bodies of {@code message}; {@code stopLink} is the link that stops such
     * messages, or null.
     */
    Written write(OutgoingMessage message, String stopLink) {
        Context context = new Context(message.to().language());
        Map<String, Object> variables = new HashMap<>(message.model());
        variables.put("recipient", message.to());
        variables.put("kind", message.kind());
        variables.put("reason", "mail." + message.kind() + ".reason");
        variables.put("stopLink", stopLink);
        context.setVariables(variables);
        Object[] subjectArguments = message.model().get(SUBJECT_ARGUMENTS) instanceof List<?> arguments
                ? arguments.toArray() : new Object[0];
        String subject = messages.getMessage("mail." + message.kind() + ".subject", subjectArguments,
                message.to().language());
        return new Written(subject, engine.process(message.kind() + ".txt", context).strip() + "\n",
                engine.process(message.kind() + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }

    record Written(String subject, String text, String html) {
    }

}
