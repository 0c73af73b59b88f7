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
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;

/** Values as a reader of the page's language expects them: dates, durations, levels, statuses, errors. */
@Named("texts")
@RequestScoped
public class Texts {

    public static final String BUNDLE = "fr.stages.web.i18n.messages";

    @Inject
    LocaleBacking locale;

    private ResourceBundle bundle;
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

    private String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle().getString(k), locale.getCurrent()))
                .format(arguments);
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, locale.getCurrent());
        }
        return bundle;
    }

    public java.util.Locale locale() {
        return locale.getCurrent();
    }

    public String date(LocalDate date) {
        return Dates.longDate(date, locale.getCurrent());
    }

    public String date(LocalDateTime dateTime) {
        return dateTime == null ? "" : date(dateTime.toLocalDate());
    }

    /** « lundi 1er mars 2027 10:00 »: an interview, a step of an application's history. */
    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : Dates.fullDateTime(dateTime, locale.getCurrent());
    }

    /** « 2 semaines », « 6 mois »: weeks up to eight, months beyond, as offers are usually read. */
    public String duration(int weeks) {
        return weeks <= 8 ? get("duration.weeks", weeks) : get("duration.months", Period.monthsOf(weeks));
    }

    public String level(EducationLevel level) {
        return level == null ? "" : get("educationLevel." + level.name());
    }

    public String status(OfferStatus status) {
        return status == null ? "" : get("offerStatus." + status.name());
    }
}
