package fr.stages.web;

import fr.stages.applications.control.PdfCheck;
import fr.stages.applications.entity.ApplicationForm;
import fr.stages.applications.entity.Convention;
import fr.stages.applications.entity.Upload;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.platform.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * What the two public forms of a candidate (apply to offers, spontaneous application) share: the form's key
 * that makes a second sending answer the first, the identity and studies, the two files, and the way business
 * errors come back next to their fields. Both forms are h:form id="apply" with prependId="false".
 */
public abstract class CandidateFormPage {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    protected Texts texts;

    private String key;
    private final ApplicationForm form = new ApplicationForm();
    private Part cv;
    private Part letter;
    private boolean failed;
    private boolean fieldErrors;

    /**
     * Sends the form; on a refusal, puts each error next to its field (or at the top) and keeps the page. A
     * twin sending of the same form (double click) may win the race to the database: then its result is ours.
     */
    protected String send(Supplier<String> sending, Supplier<String> twin) {
        FacesContext faces = FacesContext.getCurrentInstance();
        form.setLanguage(texts.locale().getLanguage());
        try {
            return sending.get();
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                error(faces, error.field(), texts.error(error.key(), error.arguments()));
            }
            fieldErrors = true;
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.error(e.key(), e.arguments()), null));
        } catch (EJBException e) {
            try {
                return twin.get();
            } catch (EJBException | NotFoundException again) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("apply.failed"), null));
            }
        }
        failed = true;
        return null;
    }

    /** The sender's network address (ClientAddress), for the rate limits (hashed before it is stored). */
    protected static String clientAddress() {
        return ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }

    /** The field's component id on the page for a business field name (they differ only for a few). */
    protected String componentId(String field) {
        return field;
    }

    private void error(FacesContext faces, String field, String text) {
        UIComponent input = faces.getViewRoot().findComponent(":apply:" + componentId(field));
        String clientId = input == null ? null : input.getClientId(faces);
        if (input instanceof UIInput uiInput) {
            uiInput.setValid(false);
        }
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The file's bytes, at most one more than the limit: enough to refuse a bigger one without reading it all. */
    public static Upload upload(Part part) {
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

    /** The key as the form sent it (null when a sending lost it: the business then says the form expired). */
    protected String submittedKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Refused (by the business, or by Faces' reading of a field): nothing stored, the files are to be chosen again. */
    public boolean isFailed() {
        return failed || FacesContext.getCurrentInstance().isValidationFailed();
    }

    /**
     * Refused because of fields, each flagged: the page then asks to correct them. A refusal that is no field's
     * fault (too many sendings, a form too old) says only its reason.
     */
    public boolean isFieldErrors() {
        return fieldErrors || FacesContext.getCurrentInstance().isValidationFailed();
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

    public int getMaxBytes() {
        return PdfCheck.MAX_BYTES;
    }

    public int getMaxMegabytes() {
        return PdfCheck.MAX_MEGABYTES;
    }
}
