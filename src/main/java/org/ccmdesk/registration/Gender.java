package org.ccmdesk.registration;

/** Optional, for the participation statistics that the Convention's meetings publish. */
enum Gender {

    WOMAN, MAN, OTHER;

    public String messageKey() {
        return "gender." + name();
    }

}
