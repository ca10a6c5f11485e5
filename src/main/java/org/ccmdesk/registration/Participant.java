package org.ccmdesk.registration;

import java.time.LocalDate;

import org.ccmdesk.states.Party;

/**
 * A person's profile, reused for every meeting: names as in the passport and as on the
 * badge, who they represent, contact, optional gender, accessibility needs and passport
 * details (for a visa letter; deleted a set time after their last meeting, then
 * {@code passportDeletedOn} is set), and the language they read messages in ({@code en},
 * {@code fr} or {@code es}); {@code publicSurvivorRole}: the person chose to show their
 * role as a survivor on the public list.
 */
record Participant(long id, String email, String givenNames, String familyName, String badgeName, String title,
        String jobFunction, Party delegation, String phone, String nationality, Gender gender, boolean needsWheelchair,
        boolean needsSignLanguage, boolean needsLargePrint, boolean needsAssistant, String needsOther,
        String passportNumber, String passportIssuer, LocalDate passportExpiry, LocalDate birthDate, String birthPlace,
        LocalDate passportDeletedOn, String language, boolean publicSurvivorRole) {

    /** Full name as in the passport. */
    public String passportName() {
        return givenNames + " " + familyName;
    }

    /** Title, given names and family name, as a message greets the person. */
    public String formalName() {
        return (title == null || title.isBlank() ? "" : title + " ") + passportName();
    }

    public boolean hasPassport() {
        return passportNumber != null;
    }

    /**
     * The passport expires before the given day (the meeting's last day): a warning, not
     * a block.
     */
    public boolean passportExpiresBefore(LocalDate day) {
        return passportExpiry != null && passportExpiry.isBefore(day);
    }

    /**
     * The passport expires less than three months after the meeting's last day: the
     * Schengen visa rules (Visa Code, Regulation (EC) No 810/2009, Art. 12(a)) ask for a
     * passport valid at least three months after the intended date of departure. A
     * warning, not a block.
     */
    public boolean passportTooShortFor(LocalDate lastDay) {
        return passportExpiry != null && passportExpiry.isBefore(lastDay.plusMonths(PASSPORT_MONTHS_AFTER));
    }

    /** Months a passport must still be valid after the meeting's last day. */
    public static final int PASSPORT_MONTHS_AFTER = 3;

    public boolean hasAccessibilityNeeds() {
        return needsWheelchair || needsSignLanguage || needsLargePrint || needsAssistant
                || (needsOther != null && !needsOther.isBlank());
    }
}
