package org.ccmdesk.meetings;

enum MeetingKind {

    INTERSESSIONAL, MEETING_OF_STATES_PARTIES, REVIEW_CONFERENCE, RELATED_MEETING, SIDE_EVENT;

    public String messageKey() {
        return "meetingKind." + name();
    }

}
