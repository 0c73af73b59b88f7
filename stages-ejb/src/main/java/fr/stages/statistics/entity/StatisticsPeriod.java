package fr.stages.statistics.entity;

import fr.stages.platform.BusinessException;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * The days a dashboard covers, both included: a school year (1 September to 31 August) by default, any dates
 * otherwise. It is compared with the same days a year earlier, since internships follow the school calendar (a
 * March is compared with a March).
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** Longer periods are refused: ten years of applications in one dashboard say nothing a year does not. */
    public static final int MAX_DAYS = 3 * 366;

    public StatisticsPeriod {
        if (from == null || to == null) {
            throw new BusinessException("statistics.period.missing");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("statistics.period.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new BusinessException("statistics.period.tooLong", 3);
        }
    }

    /** The school year a day is in: from 1 September to 31 August. */
    public static StatisticsPeriod schoolYearOf(LocalDate day) {
        int start = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return schoolYear(start);
    }

    /** The school year that begins in September of that year. */
    public static StatisticsPeriod schoolYear(int startYear) {
        return new StatisticsPeriod(LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
    }

    /** The same days a year earlier. */
    public StatisticsPeriod yearBefore() {
        return new StatisticsPeriod(from.minusYears(1), to.minusYears(1));
    }

    /** Whether the period is exactly a school year (then the office's target applies). */
    public boolean isSchoolYear() {
        return from.getMonth() == Month.SEPTEMBER && from.getDayOfMonth() == 1 && to.equals(from.plusYears(1).minusDays(1));
    }
}
