package org.ccmdesk.meetings;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar files (RFC 5545) written with ical4j: one all-day event per meeting, from its
 * first day to the day after its last; the meeting's time zone is given as X-WR-TIMEZONE.
 */
final class MeetingCalendar {

    private MeetingCalendar() {
    }

    static String of(List<Meeting> meetings) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CCM Desk//Meetings of the Convention on Cluster Munitions//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (meetings.size() == 1) {
            calendar.add(new XProperty("X-WR-TIMEZONE", meetings.get(0).timeZone()));
        }
        for (Meeting meeting : meetings) {
            calendar.add(event(meeting));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Meeting meeting) {
        VEvent event = new VEvent(meeting.firstDay(), meeting.lastDay().plusDays(1), meeting.name());
        event.add(new Uid("meeting-" + meeting.id() + "@ccmdesk"));
        String place = meeting.place();
        if (!place.isEmpty()) {
            event.add(new Location(place));
        }
        event.add(new Description(meeting.shortName() + " (" + meeting.timeZone() + ")"));
        event.add(new XProperty("X-CCM-TIMEZONE", meeting.timeZone()));
        if (meeting.webPage() != null) {
            try {
                event.add(new Url(java.net.URI.create(meeting.webPage())));
            }
            catch (IllegalArgumentException ignored) {
                // a web page that is not a URI is left out of the calendar file
            }
        }
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

}
