package org.ccmdesk.meetings;

/**
 * Who signs a meeting's letters and how its secretariat is reached, from the meeting's
 * settings; the title in the letter's language where translated (else English). Any may
 * be null when not set.
 */
public record MeetingLetterSettings(String signatoryName, String signatoryTitle, String secretariatContact) {
}
