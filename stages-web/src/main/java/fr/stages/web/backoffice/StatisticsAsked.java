package fr.stages.web.backoffice;

import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.statistics.entity.StatisticsPeriod;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the statistics page's address asks (du, au: ISO dates; direction, service: ids), read the same way by the
 * page and by its exports: the current school year by default; each wrong field named (fields « du », « au »).
 */
record StatisticsAsked(StatisticsPeriod period, Long direction, Long service) {

    static StatisticsAsked of(Map<String, String[]> parameters) {
        List<FieldError> errors = new ArrayList<>();
        StatisticsPeriod schoolYear = StatisticsPeriod.schoolYearOf(CityTime.today());
        LocalDate from = date(first(parameters, "du"), schoolYear.from(), "du", errors);
        LocalDate to = date(first(parameters, "au"), schoolYear.to(), "au", errors);
        Long direction = id(first(parameters, "direction"), "direction", errors);
        Long service = id(first(parameters, "service"), "service", errors);
        StatisticsPeriod period = null;
        if (errors.isEmpty()) {
            try {
                period = new StatisticsPeriod(from, to);
            } catch (BusinessException e) {
                errors.add(new FieldError("au", e.key(), e.arguments()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new StatisticsAsked(period, direction, service);
    }

    /** A parameter's first value, stripped; null when absent or blank (the page fills its form with it too). */
    static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].strip();
    }

    private static LocalDate date(String raw, LocalDate otherwise, String field, List<FieldError> errors) {
        if (raw == null) {
            return otherwise;
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "statistics.date"));
            return null;
        }
    }

    private static Long id(String raw, String field, List<FieldError> errors) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "statistics.unknown"));
            return null;
        }
    }

    /** The query string that asks for it again (exports' links). */
    String query() {
        return "du=" + period.from() + "&au=" + period.to() + (direction == null ? "" : "&direction=" + direction)
                + (service == null ? "" : "&service=" + service);
    }
}
