package org.ccmdesk.sponsorship;

import java.util.Locale;

import org.ccmdesk.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outcome of a small action form (a button, a line of fields) told after the
 * redirect: its notice, or the broken rule in the user's language (the shortfall of a
 * refused offer, with its amount).
 */
@Component
class Notices {

    private final MessageSource messages;

    Notices(MessageSource messages) {
        this.messages = messages;
    }

    boolean run(RedirectAttributes redirect, Locale locale, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
            return true;
        }
        catch (RuleViolation violation) {
            redirect.addFlashAttribute("problemText",
                    messages.getMessage(violation.messageKey(), violation.arguments(), locale));
            return false;
        }
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

}
