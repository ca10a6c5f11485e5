package org.ccmdesk.states;

import java.time.LocalDate;

/**
 * Entry into force of the Convention for a state, Article 17.
 * <p>
 * Art. 17(1): the Convention entered into force on the first day of the sixth month after
 * the month in which the thirtieth instrument was deposited (16 February 2010), i.e. 1
 * August 2010, for the thirty states that had deposited by then. Art. 17(2): for a state
 * depositing later, on the first day of the sixth month after the month of its deposit.
 */
final class Article17EntryIntoForce {

    /** Date of deposit of the thirtieth instrument (Burkina Faso and Moldova). */
    public static final LocalDate THIRTIETH_INSTRUMENT = LocalDate.of(2010, 2, 16);

    /** Entry into force of the Convention itself, Art. 17(1). */
    public static final LocalDate CONVENTION_IN_FORCE = LocalDate.of(2010, 8, 1);

    private Article17EntryIntoForce() {
    }

    public static LocalDate forDeposit(LocalDate deposit) {
        if (!deposit.isAfter(THIRTIETH_INSTRUMENT)) {
            return CONVENTION_IN_FORCE;
        }
        return deposit.withDayOfMonth(1).plusMonths(6);
    }

}
