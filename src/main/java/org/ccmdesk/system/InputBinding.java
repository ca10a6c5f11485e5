package org.ccmdesk.system;

import java.beans.PropertyEditorSupport;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form field and request parameter of every controller, cleaned in one place as it
 * is bound: text by {@link InputText} (a NUL is a field error, or a 400 for a parameter),
 * dates in ISO format and within {@link PlausibleDates} (else the same error as a
 * malformed date). Text is not trimmed here: the services trim what they store, as
 * before.
 */
@ControllerAdvice
class InputBinding {

    @InitBinder
    void clean(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new TextEditor());
        binder.registerCustomEditor(LocalDate.class, new DateEditor());
    }

    private static final class TextEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (InputText.hasNul(text)) {
                throw new IllegalArgumentException("NUL character in text");
            }
            setValue(InputText.strip(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : (String) getValue();
        }

    }

    private static final class DateEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.trim());
            }
            catch (DateTimeParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (!PlausibleDates.contains(date)) {
                throw new IllegalArgumentException("date outside " + PlausibleDates.FIRST + ".." + PlausibleDates.LAST);
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }

    }

}
