package org.ccmdesk.states;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What other modules show on a state's page without this module depending on them (the
 * statements module: what the state has condemned, its announcements of ratification).
 * Implemented as a bean by the module that knows; the page lists every implementation's
 * notes under their headings.
 */
public interface StatePageNotes {

    /** One line: under which heading (a message key), the date, the text and a link. */
    record Note(String headingKey, LocalDate date, String text, String link) {
    }

    /** The notes about the state {@code iso3} as of {@code asOf}. */
    List<Note> notesFor(String iso3, LocalDate asOf, Locale locale);

}
