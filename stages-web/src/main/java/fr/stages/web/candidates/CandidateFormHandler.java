package fr.stages.web.candidates;

import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Upload;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.http.ClientAddress;
import fr.stages.web.DateConverter;
import fr.stages.web.SiteLanguage;
import fr.stages.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The sending of a candidate form, a plain multipart POST to the form's own address: read once (Sending), the
 * business called once; stored → the redirect to its receipt; refused → the request goes on to the form's page,
 * which Faces renders from {@link Answers} (the answers as sent, each error next to its field). The page has no
 * Faces form: nothing of this sending is read by Faces.
 * <p>
 * A sending over the size limit brings the candidate back to the form they came from, which says that the
 * files were too large; a body that is not a well-formed form answers 400. A sending that the business refused
 * stored nothing, and the form's key makes a second sending of a stored one answer the first.
 */
abstract class CandidateFormHandler extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CandidateFormHandler.class.getName());
    /** On the form's address: the previous sending was too large. */
    static final String TOO_LARGE = "trop-lourd";

    @Inject
    Answers answers;

    @Inject
    Texts texts;

    @Inject
    SiteLanguage locale;

    @Inject
    CandidateAccounts accounts;

    /**
     * Stores the sending; answers the address of its receipt (path and query, within the site). A refusal is
     * thrown as the business throws it.
     */
    abstract String send(Sending sending, ApplicationForm form, Upload cv, String clientAddress);

    /** The receipt of the sending stored under that key (a twin sending won the race to the database). */
    abstract String receipt(String key);

    /** The id of the page's field for a business field name (they differ only for a few). */
    String fieldId(String field) {
        return field;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Sending.isMultipartPost(request)) {
            chain.doFilter(request, response);
            return;
        }
        Sending sending;
        try {
            sending = Sending.read(request);
        } catch (Sending.TooLargeException e) {
            LOG.info(() -> "Envoi refusé : plus de " + Sending.MAX_BYTES + " octets");
            response.setHeader("Connection", "close"); // beyond what was drained, the body is not read
            response.sendRedirect(back(request));
            return;
        } catch (Sending.MalformedException e) {
            LOG.info(() -> "Envoi mal formé refusé (" + request.getContentLengthLong() + " octets annoncés, "
                    + request.getContentType() + ") : " + e.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String receipt = receiptOrRefusal(sending, request.isUserInRole(CandidateAccount.ROLE), ClientAddress.of(request));
        if (receipt != null) {
            response.sendRedirect(response.encodeRedirectURL(request.getContextPath() + receipt));
            return;
        }
        answers.refused(sending);
        chain.doFilter(request, response); // the form's page, rendered from the answers
    }

    /** The receipt's address once stored; null when refused, the reasons put in the answers. */
    private String receiptOrRefusal(Sending sending, boolean candidate, String clientAddress) {
        List<FieldError> unreadable = new ArrayList<>();
        ApplicationForm form = form(sending, unreadable);
        Upload cv = cv(sending, candidate, unreadable);
        if (!unreadable.isEmpty()) {
            // a date that does not exist: said next to it, with what else the form itself refuses
            unreadable.addAll(form.errors());
            unreadable.forEach(error -> answers.fieldError(fieldId(error.field()), error));
            return null;
        }
        try {
            return send(sending, form, cv, clientAddress);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> answers.fieldError(fieldId(error.field()), error));
        } catch (BusinessException e) {
            answers.message(texts.error(e.key(), e.arguments()));
        } catch (EJBException e) {
            try {
                return receipt(sending.text("key"));
            } catch (EJBException | NotFoundException again) {
                LOG.warning(() -> "Envoi d'un formulaire de candidat en échec : " + e);
                answers.message(texts.get("apply.failed"));
            }
        }
        return null;
    }

    /** The identity, studies and wishes both forms ask, as typed; a date that does not read is an error. */
    private ApplicationForm form(Sending sending, List<FieldError> unreadable) {
        ApplicationForm form = new ApplicationForm();
        form.setFirstName(sending.text("firstName"));
        form.setLastName(sending.text("lastName"));
        form.setEmail(sending.text("email"));
        form.setPhone(sending.text("phone"));
        form.setSchool(sending.text("school"));
        form.setCourse(sending.text("course"));
        // a value that is not among the choices is no choice: the business asks for one
        form.setEducationLevel(choice(EducationLevel.class, sending.text("educationLevel")));
        form.setConvention(choice(Convention.class, sending.text("convention")));
        form.setWishedStart(date(sending, "wishedStart", unreadable));
        form.setWishedEnd(date(sending, "wishedEnd", unreadable));
        form.setMessage(sending.text("message"));
        String ticked = sending.text("talentPool");
        form.setTalentPool("on".equalsIgnoreCase(ticked) || "true".equalsIgnoreCase(ticked));
        form.setLanguage(locale.getCurrent().getLanguage());
        return form;
    }

    /**
     * The CV sent: the stored CV the signed-in candidate chose (sent as if chosen again: same checks, and the
     * applications get their own copy), or the file chosen. Only the caller's own CVs are found: another id is
     * an error next to the field. A post from another site carries no session (SameSite=Lax), so no stored CV.
     */
    private Upload cv(Sending sending, boolean candidate, List<FieldError> unreadable) {
        String stored = sending.text("cvStored");
        if (candidate && stored != null && stored.matches("[0-9]{1,18}")) {
            try {
                return accounts.storedCvFile(Long.parseLong(stored));
            } catch (NotFoundException e) {
                unreadable.add(new FieldError("cv", "candidate.cv.gone"));
                return null;
            }
        }
        return sending.file("cv");
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static LocalDate date(Sending sending, String field, List<FieldError> unreadable) {
        try {
            return DateConverter.read(sending.text(field));
        } catch (DateTimeParseException e) {
            unreadable.add(new FieldError(field, "application.date"));
            return null;
        }
    }

    /** The ids of a list of boxes; what is not an id (no browser sends that) is no box ticked. */
    static List<Long> ids(List<String> values) {
        return values.stream().filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).distinct().toList();
    }

    /** The form's page as the browser showed it (its query string names the offers), with the error flag. */
    private static String back(HttpServletRequest request) {
        String target = request.getContextPath() + request.getServletPath();
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = URI.create(referer);
                String path = uri.getRawPath() == null ? "" : uri.getRawPath();
                // only the form's own page on this site: never an address an attacker could choose
                if (path.equals(target) && uri.getRawQuery() != null
                        && uri.getRawQuery().matches("[A-Za-z0-9=&%,_.-]{0,300}")) {
                    String query = uri.getRawQuery().replaceAll("(^|&)" + TOO_LARGE + "=1", "");
                    return target + "?" + (query.isEmpty() ? "" : query + "&") + TOO_LARGE + "=1";
                }
            } catch (IllegalArgumentException e) {
                // a malformed Referer: the form's page without its query
            }
        }
        return target + "?" + TOO_LARGE + "=1";
    }
}
