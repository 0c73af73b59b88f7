package fr.stages.web;

import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.Period;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;

/** Values as a reader of the page's language expects them: dates, durations, levels, statuses, errors. */
@Named("texts")
@RequestScoped
public class Texts {

    public static final String BUNDLE = "fr.stages.web.i18n.messages";

    @Inject
    LocaleBacking locale;

    private ResourceBundle bundle;

    public String get(String key, Object... arguments) {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, locale.getCurrent());
        }
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale.getCurrent()).format(arguments);
    }

    public java.util.Locale locale() {
        return locale.getCurrent();
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale.getCurrent()));
    }

    public String date(LocalDateTime dateTime) {
        return dateTime == null ? "" : date(dateTime.toLocalDate());
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
