package fr.stages.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A date field's value: what a date input sends (2027-03-01), or what a person types where the browser shows a
 * plain text box (01/03/2027), read strictly. Faces' f:convertDateTime read « 2027-02-30 » as 28 February and the
 * application was stored with a date the candidate never gave; here a date that does not exist is refused, with
 * the field's own message (converterMessage).
 */
@FacesConverter("stages.date")
public class DateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return read(value);
        } catch (DateTimeParseException e) {
            throw new ConverterException(e.getMessage(), e);
        }
    }

    /** The date of a field's text (null when empty), read strictly; the candidate forms read theirs here too. */
    public static LocalDate read(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        return text.contains("/") ? LocalDate.parse(text, TYPED) : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
