package org.ccmdesk.meetings;

/**
 * The themes of agenda items: those of the obligations, plus use, the next meeting,
 * opening and closing.
 */
public enum AgendaTheme {

    GENERAL_STATUS, UNIVERSALISATION, USE_OF_CLUSTER_MUNITIONS, STOCKPILE_DESTRUCTION, CLEARANCE_AND_RISK_REDUCTION,
    VICTIM_ASSISTANCE, COOPERATION_AND_ASSISTANCE, TRANSPARENCY, NATIONAL_IMPLEMENTATION, NEXT_MEETING,
    OPENING_AND_CLOSING;

    public String messageKey() {
        return "agendaTheme." + name();
    }

    /** What states should prepare for a session of this theme (the memo, section 2). */
    public String prepareKey() {
        return "agendaTheme.prepare." + name();
    }

}
