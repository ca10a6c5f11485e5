package org.ccmdesk.registration;

import java.time.OffsetDateTime;

import org.ccmdesk.states.Party;

/**
 * A delegation's credentials for a meeting (a note verbale or nomination letter), as
 * uploaded.
 */
record Credentials(long id, long meetingId, Party delegation, String fileName, long sizeBytes, String uploadedBy,
        OffsetDateTime uploadedAt) {
}
