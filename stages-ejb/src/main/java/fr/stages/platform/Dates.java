package fr.stages.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dates as people read them on pages and in mails: « 1er mars 2027 » in French (the JDK writes « 1 mars »),
 * "March 1, 2027" in English.
 */
public final class Dates {

    private static final Pattern FRENCH_FIRST = Pattern.compile(
            "(^|\\s)1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)");

    private Dates() {
    }

    public static String longDate(LocalDate date, Locale locale) {
        return date == null ? "" : french(date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)), locale);
    }

    /** « lundi 1er mars 2027 10:00 ». */
    public static String fullDateTime(LocalDateTime dateTime, Locale locale) {
        return french(dateTime.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
                .withLocale(locale)), locale);
    }

    private static String french(String formatted, Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FRENCH_FIRST.matcher(formatted).replaceAll("$11er $2") : formatted;
    }
}
