package org.ccmdesk.system;

/** Who may call a route or sees a menu entry. */
public enum Audience {

    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in account, whatever its role. */
    SIGNED_IN,
    /**
     * Focal points, and the secretariat, which acts for every state (see
     * {@link MenuEntry} for the menu).
     */
    FOCAL_POINT,
    /** Sponsorship reviewers, and the secretariat. */
    REVIEWER,
    /** The secretariat only. */
    SECRETARIAT

}
