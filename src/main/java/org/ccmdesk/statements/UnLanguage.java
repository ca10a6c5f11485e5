package org.ccmdesk.statements;

/** The six official languages of the United Nations, by their ISO 639-1 codes. */
public enum UnLanguage {

    ar, zh, en, fr, ru, es;

    public String messageKey() {
        return "unLanguage." + name();
    }

}
