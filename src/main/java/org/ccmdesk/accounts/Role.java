package org.ccmdesk.accounts;

/**
 * What a signed-in user may do (DESIGN.md, "Who uses it"). The public is not a role: it
 * is not signed in.
 */
public enum Role {

    SECRETARIAT, FOCAL_POINT, DELEGATE, REVIEWER;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }

}
