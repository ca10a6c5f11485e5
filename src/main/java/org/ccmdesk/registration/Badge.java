package org.ccmdesk.registration;

import java.util.List;

/**
 * What a badge shows: the name the person chose for it, their title, their delegation,
 * and the meetings of the same weeks they are approved for (security at the door checks
 * the short names).
 */
record Badge(long registrationId, String badgeName, String title, String delegation, List<String> meetings) {
}
