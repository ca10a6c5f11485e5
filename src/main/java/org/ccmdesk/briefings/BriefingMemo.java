package org.ccmdesk.briefings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ccmdesk.meetings.Meeting;
import org.ccmdesk.meetings.RegistrationState;
import org.ccmdesk.registration.RegisteredPerson;
import org.ccmdesk.sponsorship.SponsorshipOutlook;
import org.ccmdesk.states.StateDetail;
import org.ccmdesk.statements.UsePositions;

/**
 * A state's briefing memo for a meeting as of a date, in one language: the facts of its
 * five sections. {@code meeting} carries the texts of the language; {@code state} the
 * state as of the date, named as on that date; {@code delegation} is null for a reader
 * who is neither a focal point of the state nor the secretariat. {@code uses}: the uses
 * reported for the period from {@code usesSince} (the previous meeting of the Convention,
 * null if none) to the memo's date.
 */
record BriefingMemo(Meeting meeting, LocalDate asOf, boolean asOfChosen, String language, StateDetail state,
        Long yearsSinceSignature, List<Meeting> related, RegistrationState registration,
        SponsorshipOutlook.CallOutline sponsorship, List<PrepareLine> prepare, List<MemoObligation> obligations,
        List<UsePositions.Position> uses, LocalDate usesSince, Map<String, String> useCountries,
        Delegation delegation) {

    /** Section 4: who comes, and the state's sponsorship applications. */
    record Delegation(List<RegisteredPerson> registered, List<String> approved,
            List<SponsorshipOutlook.ApplicationOutline> applications,
            List<org.ccmdesk.registration.DelegationAdviceLines.Line> advice) {
    }

    public String stateName() {
        return state.name();
    }

    public boolean stateParty() {
        return state.status().isStateParty();
    }

    /**
     * The name of the file for a download, in ASCII: {@code briefing-1rc-can-2015-09-07}.
     */
    String fileName(String extension) {
        return "briefing-" + org.ccmdesk.system.Download.slug(meeting.shortName()) + "-"
                + state.iso3().toLowerCase(java.util.Locale.ROOT) + "-" + asOf + "." + extension;
    }

}
