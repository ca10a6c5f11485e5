package org.ccmdesk.registration;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a participant needs to take part; the secretariat's list shows it so that the
 * venue can prepare.
 */
enum AccessibilityNeed {

    WHEELCHAIR("profile.needsWheelchair"), SIGN_LANGUAGE("profile.needsSignLanguage"),
    LARGE_PRINT("profile.needsLargePrint"), PERSONAL_ASSISTANT("profile.needsAssistant");

    private final String messageKey;

    AccessibilityNeed(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    static Set<AccessibilityNeed> of(boolean wheelchair, boolean signLanguage, boolean largePrint, boolean assistant) {
        Set<AccessibilityNeed> needs = EnumSet.noneOf(AccessibilityNeed.class);
        if (wheelchair) {
            needs.add(WHEELCHAIR);
        }
        if (signLanguage) {
            needs.add(SIGN_LANGUAGE);
        }
        if (largePrint) {
            needs.add(LARGE_PRINT);
        }
        if (assistant) {
            needs.add(PERSONAL_ASSISTANT);
        }
        return needs;
    }

}
