package org.ccmdesk.obligations;

enum ExtensionDecision {

    PENDING, GRANTED, GRANTED_SHORTER, REFUSED;

    public boolean moves() {
        return this == GRANTED || this == GRANTED_SHORTER;
    }

    public String messageKey() {
        return "extensionDecision." + name();
    }

}
