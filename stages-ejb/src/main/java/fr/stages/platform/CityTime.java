package fr.stages.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Deadlines and publication dates are the city's: a deadline ends at midnight in Paris, not in UTC. */
public final class CityTime {

    /** The city's time zone, by name: the timers' schedules (@Schedule timezone) say it too. */
    public static final String ZONE_NAME = "Europe/Paris";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

    private CityTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
