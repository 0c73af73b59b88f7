package fr.stages.web;

import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Iterator;

/**
 * What the back-office forms say after a sending: a business error next to its field (or at the top), every
 * field error of a refused form, what was done; and, for the pages, whether a field or a form has an error
 * (aria-invalid, a section kept open).
 */
@Named("formState")
@RequestScoped
public class FormState {

    @Inject
    Texts texts;

    /** "true" when that field has an error message, for aria-invalid. */
    public String invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty() ? "false" : "true";
    }

    /** Whether a form of the page has an error to show (its section stays open). */
    public boolean errorsIn(String formId) {
        Iterator<String> ids = FacesContext.getCurrentInstance().getClientIdsWithMessages();
        while (ids.hasNext()) {
            String clientId = ids.next();
            if (clientId != null && clientId.startsWith(formId + ":")) {
                return true;
            }
        }
        return false;
    }

    /** A business rule said no: its message next to that field (null: at the top); the form is not done. */
    public void error(String clientId, BusinessException e) {
        error(clientId, texts.error(e.key(), e.arguments()));
    }

    public void error(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /** Each refused field's message next to it, in the form of that id. */
    public void errors(String formId, InvalidInputException e) {
        for (FieldError error : e.errors()) {
            error(formId + ":" + error.field(), texts.error(error.key(), error.arguments()));
        }
    }

    /** What was done, at the top of the page. */
    public void done(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get(key, arguments), null));
    }
}
