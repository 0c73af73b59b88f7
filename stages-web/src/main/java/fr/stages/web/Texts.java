package fr.stages.web;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.Period;
import fr.stages.platform.Dates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Values as a reader of the page's language expects them: dates, durations, levels, statuses, errors. */
@Named("texts")
@RequestScoped
public class Texts {

    public static final String BUNDLE = "fr.stages.web.i18n.messages";

    @Inject
    SiteLanguage locale;

    private ResourceBundle bundle;
    /** The request's language, asked once of SiteLanguage (as the bundle is chosen once). */
    private java.util.Locale current;
    /** A page formats the same patterns many times (one per result line): each is parsed once per request. */
    private final Map<String, MessageFormat> formats = new HashMap<>();

    public String get(String key, Object... arguments) {
        return arguments.length == 0 ? bundle().getString(key) : format(key, arguments);
    }

    /**
     * A business error's message (bundle key "error." + its key). Always formatted, with or without arguments:
     * error texts write their apostrophes doubled, as MessageFormat wants.
     */
    public String error(String key, Object... arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = date(day); // the business gives dates; the page writes them in its language
            }
        }
        return format("error." + key, shown);
    }

    /**
     * Messages whose arguments are all whole numbers, as formatted in each language: a search page writes a count
     * on every filter box and a duration on every card, and MessageFormat parses a new pattern each time a choice
     * gives text holding a number ("{0,number,integer} offres"): a tenth of a never-seen search page (JFR).
     * Bounded: past the bound, messages are formatted again each time.
     */
    private static final Map<List<Object>, String> NUMBERED = new ConcurrentHashMap<>();
    private static final int NUMBERED_MAX = 20_000;

    private String format(String key, Object... arguments) {
        for (Object argument : arguments) {
            if (!(argument instanceof Integer || argument instanceof Long)) {
                return formatted(key, arguments);
            }
        }
        List<Object> message = new ArrayList<>(arguments.length + 2);
        message.add(locale());
        message.add(key);
        message.addAll(Arrays.asList(arguments));
        return remembered(NUMBERED, message, () -> formatted(key, arguments));
    }

    /** The text kept under that key, or computed and kept while the memo holds fewer than NUMBERED_MAX. */
    private static String remembered(Map<List<Object>, String> memo, List<Object> key, Supplier<String> text) {
        String known = memo.get(key);
        if (known == null) {
            known = text.get();
            if (memo.size() < NUMBERED_MAX) {
                memo.put(key, known);
            }
        }
        return known;
    }

    private String formatted(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle().getString(k), locale()))
                .format(arguments);
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, locale());
        }
        return bundle;
    }

    public java.util.Locale locale() {
        if (current == null) {
            current = locale.getCurrent();
        }
        return current;
    }

    /**
     * The same texts as a plain object, not through the proxy injected: a page that calls them hundreds of times
     * (the search page: a count per filter box, six texts per card) spent a tenth of its time in the proxy's
     * lookups (JFR). A copy, as Weld gives its proxy back for a method returning this. For the current request.
     */
    public Texts direct() {
        Texts copy = new Texts();
        copy.current = locale();
        copy.bundle = bundle();
        return copy;
    }

    /** Dates as written in each language (two per result card), bounded as NUMBERED is. */
    private static final Map<List<Object>, String> DATES = new ConcurrentHashMap<>();

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return remembered(DATES, List.of(locale(), date), () -> Dates.longDate(date, locale()));
    }

    public String date(LocalDateTime dateTime) {
        return dateTime == null ? "" : date(dateTime.toLocalDate());
    }

    /** « lundi 1er mars 2027 10:00 »: an interview, a step of an application's history. */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : Dates.fullDateTime(dateTime, locale());
    }

    /**
     * « 24 semaines », « 6 mois »: in weeks, or in months when it is a whole number of them (13 weeks: 3 months,
     * 26: 6). Rounded, 1 February to 18 July (24 weeks) read « 6 mois ».
     */
    public String duration(int weeks) {
        return weeks > 8 && weeks % 13 == 0 ? get("duration.months", Period.monthsOf(weeks))
                : get("duration.weeks", weeks);
    }

    public String level(EducationLevel level) {
        return level == null ? "" : get("educationLevel." + level.name());
    }

    public String status(OfferStatus status) {
        return status == null ? "" : get("offerStatus." + status.name());
    }
}
