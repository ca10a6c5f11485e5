package org.ccmdesk.meetings;

import java.util.Set;

/**
 * A meeting with its fields in one language, and the fields that have English text but no
 * translation in that language ({@code untranslated}: name, venue, address, city,
 * country, conveningAuthority), which the pages mark rather than mixing languages
 * silently.
 */
public record LocalizedMeeting(Meeting meeting, String language, Set<String> untranslated) {

    public LocalizedMeeting {
        untranslated = Set.copyOf(untranslated);
    }

    public boolean untranslated(String field) {
        return untranslated.contains(field);
    }

}
