package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Submission;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.web.CandidateFormPage;
import fr.stages.web.ClientAddress;
import fr.stages.web.LocaleBacking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The application form's sending, stored without the Faces lifecycle when it goes through.
 * <p>
 * The form's page keeps no state: on every sending Faces rebuilds its whole component tree to read fifteen
 * fields, and that was about a third of the server's work per application (JFR of the S4 benchmark, 200 KB
 * CVs). The common case — every field as the page sent it, the business accepts — is done here instead: the
 * fields are read as Faces reads them (an empty field is null, a box ticked "on", levels and conventions by
 * their names, dates as yyyy-MM-dd), {@link Applications#apply} is called as {@link ApplyBacking#submit} calls
 * it, and the answer is the same redirect to the receipt.
 * <p>
 * Anything else goes on to Faces untouched, which does it all again and shows the page as always: a field Faces
 * would convert differently or refuse (an unknown level, a date it would read another way, a file field sent
 * twice), the language asked with ?lang=, no open offer, a refusal of the business (errors to show next to
 * their fields, too many sendings, an expired form) or a failure. A refused sending stores nothing and the
 * form's key makes a second sending of a stored one answer the first, so doing it twice changes nothing.
 */
@ApplicationScoped
public class ApplyWithoutFaces {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final Pattern DATE = Pattern.compile("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}");

    @Inject
    Applications applications;

    @Inject
    Offers offers;

    @Inject
    LocaleBacking locale;

    /** A field Faces would not read as this class does. */
    private static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain() {
            super(null, null, false, false);
        }
    }

    /**
     * Stores the sending and answers the redirect to its receipt; false when it is Faces' to handle (nothing
     * was stored then, and nothing written to the response).
     */
    public boolean handled(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        // the form's own sending, as its page makes it (the form, its button, the page's stateless view)
        if (!"apply".equals(request.getParameter("apply")) || request.getParameter("send") == null
                || !"stateless".equals(request.getParameter(VIEW_STATE))
                || request.getParameter(LocaleBacking.PARAMETER) != null) {
            return false;
        }
        List<Long> open = ApplyBacking.open(offers, ApplyBacking.offerIds(request.getParameter("offres"))).stream()
                .map(Offer::getId).toList();
        if (open.isEmpty()) {
            return false; // the page explains that no offer is open
        }
        ApplicationForm form;
        Part cv;
        Part letter;
        try {
            form = form(request);
            cv = onlyPart(request, "cv");
            letter = onlyPart(request, "letter");
        } catch (NotPlain e) {
            return false;
        }
        form.setLanguage(locale.getCurrent().getLanguage());
        String key = text(request, "key");
        Submission submission;
        try {
            submission = applications.apply(key, form, open, CandidateFormPage.upload(cv),
                    CandidateFormPage.upload(letter), ClientAddress.of(request));
        } catch (RuntimeException e) {
            // a refusal (nothing stored) or a failure: Faces does it again and shows why
            return false;
        }
        response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + ApplyBacking.RECEIPT
                + "?envoi=" + URLEncoder.encode(submission.key(), StandardCharsets.UTF_8)));
        return true;
    }

    private static ApplicationForm form(HttpServletRequest request) throws NotPlain {
        ApplicationForm form = new ApplicationForm();
        form.setFirstName(text(request, "firstName"));
        form.setLastName(text(request, "lastName"));
        form.setEmail(text(request, "email"));
        form.setPhone(text(request, "phone"));
        form.setSchool(text(request, "school"));
        form.setCourse(text(request, "course"));
        form.setEducationLevel(choice(EducationLevel.class, text(request, "educationLevel")));
        form.setConvention(choice(Convention.class, text(request, "convention")));
        form.setWishedStart(date(text(request, "wishedStart")));
        form.setWishedEnd(date(text(request, "wishedEnd")));
        form.setMessage(text(request, "message"));
        String ticked = request.getParameter("talentPool");
        form.setTalentPool("on".equalsIgnoreCase(ticked) || "yes".equalsIgnoreCase(ticked)
                || "true".equalsIgnoreCase(ticked));
        return form;
    }

    /** As Faces sets a text field: its first value, null when empty (INTERPRET_EMPTY_STRING_..._AS_NULL). */
    private static String text(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isEmpty() ? null : value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) throws NotPlain {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new NotPlain(); // Faces' message for a value that is not among the choices
        }
    }

    /** Only a date that reads the same whatever the parser's leniency (else Faces reads it: DateConverter). */
    private static LocalDate date(String value) throws NotPlain {
        if (value == null) {
            return null;
        }
        if (!DATE.matcher(value).matches()) {
            throw new NotPlain();
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (!date.toString().equals(value)) {
                throw new NotPlain();
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new NotPlain();
        }
    }

    private static Part onlyPart(HttpServletRequest request, String name) throws IOException, ServletException,
            NotPlain {
        Part found = null;
        for (Part part : request.getParts()) {
            if (part.getName().equals(name)) {
                if (found != null) {
                    throw new NotPlain();
                }
                found = part;
            }
        }
        return found;
    }
}
