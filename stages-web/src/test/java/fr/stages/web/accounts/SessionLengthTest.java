package fr.stages.web.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SessionLengthTest {

    @Test
    void theDomainsMinutesWithinBoundsElseThirty() {
        assertEquals(45, SessionLength.minutes("45"));
        assertEquals(5, SessionLength.minutes(" 5 "));
        assertEquals(480, SessionLength.minutes("480"));
        assertEquals(30, SessionLength.minutes(null), "not configured");
        assertEquals(30, SessionLength.minutes("4"), "too short to work");
        assertEquals(30, SessionLength.minutes("481"), "longer than a working day");
        assertEquals(30, SessionLength.minutes("une heure"));
    }
}
