package org.ccmdesk.accounts;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A user as the secretariat sees them in the list and on the user page; {@code language}
 * is the one their messages are written in.
 */
record UserSummary(long id, String email, String displayName, Role role, String language, boolean enabled,
        boolean mustChangePassword, OffsetDateTime createdAt, List<String> states, List<String> organisations) {
}
