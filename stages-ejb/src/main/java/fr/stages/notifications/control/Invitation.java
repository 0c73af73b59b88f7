package fr.stages.notifications.control;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An interview as an iCalendar request (RFC 5545) that mail clients offer to add to a calendar: METHOD:REQUEST,
 * a stable UID, times in Europe/Paris with the zone's rules included, CRLF line ends, lines folded at 75
 * octets and text values escaped.
 */
public final class Invitation {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    // Europe/Paris since 1996: last Sunday of March 02:00 -> CEST, last Sunday of October 03:00 -> CET
    private static final String PARIS = """
            BEGIN:VTIMEZONE
            TZID:Europe/Paris
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0200
            TZNAME:CEST
            DTSTART:19700329T020000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0200
            TZOFFSETTO:+0100
            TZNAME:CET
            DTSTART:19701025T030000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE""";

    private Invitation() {
    }

    /**
     * @param uid       stable for one invitation, so that a client updates rather than duplicates the event
     * @param start     local time in Paris
     */
    public static String request(String uid, LocalDateTime start, int minutes, String location, String summary,
                                 String description, String organizerEmail, String attendeeEmail) {
        return calendar("REQUEST", uid, start, minutes, location, summary, description, organizerEmail, attendeeEmail);
    }

    /**
     * The same event as a file to add to one's own calendar (METHOD:PUBLISH: no organizer to answer, no
     * attendee), as the candidate downloads it from their space.
     */
    public static String publish(String uid, LocalDateTime start, int minutes, String location, String summary,
                                 String description) {
        return calendar("PUBLISH", uid, start, minutes, location, summary, description, null, null);
    }

    private static String calendar(String method, String uid, LocalDateTime start, int minutes, String location,
                                   String summary, String description, String organizerEmail, String attendeeEmail) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Stages//Invitation//FR");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + method);
        PARIS.lines().forEach(l -> line(ics, l));
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + uid);
        line(ics, "DTSTAMP:" + LocalDateTime.now(ZoneOffset.UTC).format(LOCAL) + "Z");
        line(ics, "DTSTART;TZID=Europe/Paris:" + start.format(LOCAL));
        line(ics, "DTEND;TZID=Europe/Paris:" + start.plusMinutes(minutes).format(LOCAL));
        line(ics, "SUMMARY:" + text(summary));
        line(ics, "LOCATION:" + text(location));
        line(ics, "DESCRIPTION:" + text(description));
        if (organizerEmail != null) {
            line(ics, "ORGANIZER:mailto:" + organizerEmail);
            line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:" + attendeeEmail);
        }
        line(ics, "SEQUENCE:0");
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no line exceeds 75 octets (§3.1), never inside a character. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
