package fr.stages.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private final String ics = Invitation.request("invitation-C-7K3M9Q2X-50@stages", LocalDateTime.of(2027, 3, 15, 14, 30),
            45, "Bibliothèque Françoise-Sagan, 8 rue Léon-Schwartzenberg, 75010 Paris",
            "Invitation à un entretien : « Médiation numérique ; ateliers »",
            "Bonjour Léa,\nVenez avec votre CV. " + "Très long texte accentué éàèùç ".repeat(8),
            "agent.dac@stages.example", "lea@etudiant.example");

    /** Unfolds the content lines (RFC 5545 §3.1) and keeps the first value of each property of the event. */
    private Map<String, String> event() {
        String unfolded = ics.replace("\r\n ", "");
        Map<String, String> properties = new LinkedHashMap<>();
        boolean inEvent = false;
        for (String line : unfolded.split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                inEvent = true;
            } else if (line.equals("END:VEVENT")) {
                inEvent = false;
            } else if (inEvent) {
                int colon = line.indexOf(':');
                properties.putIfAbsent(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return properties;
    }

    @Test
    void itIsARequestWithAllTheFieldsMailClientsNeed() {
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("\r\nMETHOD:REQUEST\r\n"));
        assertTrue(ics.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        Map<String, String> event = event();
        assertEquals("invitation-C-7K3M9Q2X-50@stages", event.get("UID"));
        assertEquals("20270315T143000", event.get("DTSTART;TZID=Europe/Paris"));
        assertEquals("20270315T151500", event.get("DTEND;TZID=Europe/Paris"));
        assertEquals("Bibliothèque Françoise-Sagan\\, 8 rue Léon-Schwartzenberg\\, 75010 Paris", event.get("LOCATION"));
        assertEquals("Invitation à un entretien : « Médiation numérique \\; ateliers »", event.get("SUMMARY"));
        assertTrue(event.get("DESCRIPTION").startsWith("Bonjour Léa\\,\\nVenez avec votre CV."));
        assertEquals("mailto:agent.dac@stages.example", event.get("ORGANIZER"));
        assertEquals("mailto:lea@etudiant.example",
                event.get("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));
        assertTrue(event.get("DTSTAMP").matches("\\d{8}T\\d{6}Z"), event.get("DTSTAMP"));
    }

    @Test
    void theFileACandidateDownloadsIsPublishedWithoutOrganizerNorAttendee() {
        String file = Invitation.publish("entretien-C-7K3M9Q2X@stages", LocalDateTime.of(2027, 3, 15, 14, 30), 45,
                "Visio : https://visio.paris.example/abc", "Entretien de stage : « Médiation »", "Candidature C-7K3M9Q2X");
        assertTrue(file.contains("\r\nMETHOD:PUBLISH\r\n"), file);
        assertTrue(file.contains("\r\nUID:entretien-C-7K3M9Q2X@stages\r\n"), file);
        assertTrue(file.contains("\r\nDTEND;TZID=Europe/Paris:20270315T151500\r\n"), file);
        assertTrue(!file.contains("ORGANIZER") && !file.contains("ATTENDEE"), file);
        assertTrue(file.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void everyLineEndsWithCrLfAndIsFoldedAt75Octets() {
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare LF");
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\r'), "no bare CR");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "too long: " + line);
        }
        assertTrue(ics.contains("\r\n "), "the long description is folded");
    }
}
