package fr.stages.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/** A daily job's claim on a day: its primary key lets one instance only write it (see DailyRuns). */
@Entity
@Table(name = "daily_run")
@IdClass(DailyRun.Key.class)
public class DailyRun {

    @Id
    @Column(length = 40)
    private String name;

    @Id
    @Column(name = "run_day")
    private LocalDate day;

    @Column(name = "claimed_at", nullable = false)
    private LocalDateTime claimedAt;

    protected DailyRun() {
    }

    public DailyRun(String name, LocalDate day) {
        this.name = name;
        this.day = day;
        this.claimedAt = CityTime.now();
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;
        private String name;
        private LocalDate day;

        public Key() {
        }

        public Key(String name, LocalDate day) {
            this.name = name;
            this.day = day;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(name, other.name) && Objects.equals(day, other.day);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, day);
        }
    }
}
