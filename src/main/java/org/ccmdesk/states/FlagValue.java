package org.ccmdesk.states;

public enum FlagValue {

    YES, NO, UNKNOWN;

    public String messageKey() {
        return "flagValue." + name();
    }

}
