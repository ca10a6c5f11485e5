package org.ccmdesk.states;

/**
 * How a state is written to in Geneva: its mission's kind and, where it has no mission
 * there, the address of its Ministry of Foreign Affairs as recorded (free lines), with
 * the source of what is recorded.
 */
public record Mission(MissionKind kind, String address, String source) {

    static final Mission PERMANENT = new Mission(MissionKind.PERMANENT_MISSION, null, null);

}
