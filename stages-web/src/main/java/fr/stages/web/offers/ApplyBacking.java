package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.control.PdfCheck;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Submission;
import fr.stages.applications.entity.Upload;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.Texts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The application form for one or several offers (?offres=12,34). Stateless like every public page: the
 * form's key (a hidden field made when the form is shown) makes a second sending of the same form answer the
 * first one's applications instead of new ones.
 */
@Named("applyPage")
@RequestScoped
public class ApplyBacking {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Applications applications;

    @Inject
    Offers offers;

    @Inject
    Texts texts;

    private String offerIds;
    private String key;
    private final ApplicationForm form = new ApplicationForm();
    private Part cv;
    private Part letter;
    private List<Offer> chosen;
    private boolean failed;

    /** The offers of the query string that are open today; the page says so when one is not. */
    public List<Offer> getChosen() {
        if (chosen == null) {
            chosen = new ArrayList<>();
            for (Long id : ids()) {
                try {
                    chosen.add(offers.published(id));
                } catch (NotFoundException e) {
                    // shown as "no longer open" by the page through the difference of counts
                }
            }
        }
        return chosen;
    }

    public boolean isSomeClosed() {
        return getChosen().size() < ids().size();
    }

    /**
     * The offers asked for, read from the request itself: on a sending, the page asks (to decide what to
     * render) before Faces has set any value, and the view keeps no state to remember them.
     */
    private List<Long> ids() {
        String raw = offerIds != null ? offerIds
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("offres");
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> s.matches("[0-9]{1,18}"))
                .map(Long::valueOf).distinct().limit(Applications.MAX_OFFERS).toList();
    }

    public String submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        form.setLanguage(texts.locale().getLanguage());
        String client = ((HttpServletRequest) faces.getExternalContext().getRequest()).getRemoteAddr();
        try {
            // the offers still open when the form was shown (the page said which ones it leaves out)
            List<Long> open = getChosen().stream().map(Offer::getId).toList();
            Submission sent = applications.apply(key, form, open, upload(cv), upload(letter), client);
            return "/offers/applied.xhtml?faces-redirect=true&envoi=" + sent.key();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                error(faces, error.field(), texts.error(error.key(), error.arguments()));
            }
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.error(e.key(), e.arguments()), null));
        } catch (EJBException e) {
            // a twin sending of the same form (double click) may have won the race: then its result is ours
            try {
                return "/offers/applied.xhtml?faces-redirect=true&envoi=" + applications.submission(key).key();
            } catch (EJBException | NotFoundException again) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.get("apply.failed"), null));
            }
        }
        failed = true;
        return null;
    }

    /** The file's bytes, at most one more than the limit: enough to refuse a bigger one without reading it all. */
    private static Upload upload(Part part) {
        if (part == null || (part.getSize() == 0 && (part.getSubmittedFileName() == null
                || part.getSubmittedFileName().isBlank()))) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Upload(part.getSubmittedFileName(), in.readNBytes(PdfCheck.MAX_BYTES + 1));
        } catch (IOException e) {
            return new Upload(part.getSubmittedFileName(), new byte[0]);
        }
    }

    private static void error(FacesContext faces, String field, String text) {
        UIComponent input = faces.getViewRoot().findComponent(":apply:" + ("offers".equals(field) ? "offres" : field));
        String clientId = input == null ? null : input.getClientId(faces);
        if (input instanceof UIInput uiInput) {
            uiInput.setValid(false);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /**
     * "true" when the field has an error message, for aria-invalid. Errors come from the business check after
     * the Faces phases, so the component's own "valid" flag does not tell.
     */
    public String invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty() ? "false" : "true";
    }

    /** A new key for each form shown; kept as it is when the form comes back with errors. */
    public String getKey() {
        if (key == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            key = HexFormat.of().formatHex(bytes);
        }
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isFailed() {
        return failed;
    }

    public String getOffres() {
        return offerIds;
    }

    public void setOffres(String offerIds) {
        this.offerIds = offerIds;
    }

    public ApplicationForm getForm() {
        return form;
    }

    public Part getCv() {
        return cv;
    }

    public void setCv(Part cv) {
        this.cv = cv;
    }

    public Part getLetter() {
        return letter;
    }

    public void setLetter(Part letter) {
        this.letter = letter;
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }

    public Convention[] getConventions() {
        return Convention.values();
    }

    public int getMaxMegabytes() {
        return PdfCheck.MAX_MEGABYTES;
    }
}
