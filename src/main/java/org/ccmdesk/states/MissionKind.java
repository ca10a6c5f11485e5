package org.ccmdesk.states;

/**
 * Through whom a state is addressed in Geneva: a Permanent Mission (member states), a
 * Permanent Observer Mission (non-member observer states: the Holy See, the State of
 * Palestine), or no mission in Geneva (the letter goes to the Ministry of Foreign
 * Affairs).
 */
public enum MissionKind {

    PERMANENT_MISSION, PERMANENT_OBSERVER_MISSION, NO_MISSION_IN_GENEVA;

    public String messageKey() {
        return "mission.kind." + name();
    }

}
