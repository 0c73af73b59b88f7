package fr.stages.offers.entity;

import fr.stages.platform.BusinessException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * When an internship runs: a start date and a length in weeks. At most six months per intern and host
 * (art. L. 124-5 du code de l'éducation), i.e. 26 weeks.
 */
@Embeddable
public class Period {

    public static final int MAX_WEEKS = 26;

    @Column(name = "start_date", nullable = false)
    private LocalDate start;

    @Column(name = "duration_weeks", nullable = false)
    private int weeks;

    protected Period() {
    }

    public Period(LocalDate start, int weeks) {
        if (start == null) {
            throw new BusinessException("offer.start.required");
        }
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new BusinessException("offer.weeks.range", MAX_WEEKS);
        }
        this.start = start;
        this.weeks = weeks;
    }

    public LocalDate start() {
        return start;
    }

    public int weeks() {
        return weeks;
    }

    /** The last day of the internship (a week runs from its first day to the day before the next week). */
    public LocalDate end() {
        return start.plusWeeks(weeks).minusDays(1);
    }

    /** Months as candidates read them (4.33 weeks a month), for display; 0 below a month. */
    public int roundedMonths() {
        return monthsOf(weeks);
    }

    public static int monthsOf(int weeks) {
        return (int) Math.round(weeks / (52.0 / 12.0));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period that && weeks == that.weeks && start.equals(that.start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, weeks);
    }

    @Override
    public String toString() {
        return start + " +" + weeks + "w";
    }
}
