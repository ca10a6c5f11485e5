package org.ccmdesk.states;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How a state is written to in Geneva, as the secretariat records it. */
record MissionForm(@NotNull MissionKind missionKind, @Size(max = 1000) String address) {

    static MissionForm of(Mission mission) {
        return mission == null ? new MissionForm(MissionKind.PERMANENT_MISSION, null)
                : new MissionForm(mission.kind(), mission.address());
    }

}
