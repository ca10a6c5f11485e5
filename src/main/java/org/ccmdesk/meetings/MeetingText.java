package org.ccmdesk.meetings;

/**
 * The French or Spanish text of a meeting's fields that people read (its English text is
 * the meeting itself); a blank field is not translated.
 */
public record MeetingText(String language, String name, String venue, String address, String city, String country,
        String conveningAuthority, String signatoryTitle) {

    public static MeetingText empty(String language) {
        return new MeetingText(language, null, null, null, null, null, null, null);
    }

}
