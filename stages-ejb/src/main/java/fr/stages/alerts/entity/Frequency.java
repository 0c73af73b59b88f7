package fr.stages.alerts.entity;

import java.time.Duration;

/** How often an alert's digest may leave: each morning, or once a week. */
public enum Frequency {
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration every;

    Frequency(Duration every) {
        this.every = every;
    }

    public Duration every() {
        return every;
    }
}
