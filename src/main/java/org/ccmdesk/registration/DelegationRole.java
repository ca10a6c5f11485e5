package org.ccmdesk.registration;

/**
 * A person's role in a delegation; the order is the order of the lists of participants.
 */
enum DelegationRole {

    HEAD_OF_DELEGATION, POLICY_DELEGATE, TECHNICAL_EXPERT, VICTIM_ASSISTANCE_EXPERT, SURVIVOR, ADVISER, OTHER;

    /** The memo's "policy-level delegate": the head of delegation is one. */
    boolean isPolicyLevel() {
        return this == HEAD_OF_DELEGATION || this == POLICY_DELEGATE;
    }

    /** What the Vientiane Action Plan asks affected states to include. */
    boolean isVictimAssistance() {
        return this == VICTIM_ASSISTANCE_EXPERT || this == SURVIVOR;
    }

    public String messageKey() {
        return "delegationRole." + name();
    }

}
