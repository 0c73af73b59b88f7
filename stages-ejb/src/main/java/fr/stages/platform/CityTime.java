package fr.stages.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Deadlines and publication dates are the city's: a deadline ends at midnight in Paris, not in UTC. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private CityTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZONE);
    }
}
