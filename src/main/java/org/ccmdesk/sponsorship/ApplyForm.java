package org.ccmdesk.sponsorship;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application on the page: the registered person, an air ticket (from a city), DSA for
 * a number of days and a hotel for a number of nights (the costs are estimated from the
 * call's rates), the motivation and the acceptance of the conditions.
 */
record ApplyForm(@NotNull Long registrationId, @Size(max = 200) String travelFrom, boolean travel,
        @NotNull @Min(0) @Max(60) Integer dsaDays, @NotNull @Min(0) @Max(60) Integer hotelNights,
        @NotBlank @Size(max = Applications.MOTIVATION_MAX) String motivation, boolean conditionsAccepted) {

    static ApplyForm empty(int days, int nights) {
        return new ApplyForm(null, null, true, days, nights, null, false);
    }

}
