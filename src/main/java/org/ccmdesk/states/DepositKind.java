package org.ccmdesk.states;

/** The kind of instrument a state deposited (Art. 16). */
public enum DepositKind {

    RATIFICATION, ACCESSION, ACCEPTANCE, APPROVAL;

    public String messageKey() {
        return "depositKind." + name();
    }

}
