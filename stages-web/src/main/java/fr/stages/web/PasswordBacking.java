package fr.stages.web;

import fr.stages.accounts.boundary.Agents;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * Passwords, three ways: a forgotten one (a link by mail), one chosen through that link (or a new account's),
 * and the logged-in agent's change. The forms never say whether an account exists.
 */
@Named("passwordPage")
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agents agents;

    @Inject
    Texts texts;

    private String login;
    private String lien;
    private boolean usable;
    private String current;
    private String next;
    private String confirmation;
    private boolean sent;

    /** The link page: is the link still good? (The form is shown only then.) */
    public void checkLink() {
        usable = agents.linkUsable(lien);
    }

    public void sendLink() {
        if (login == null || login.isBlank()) {
            FacesContext.getCurrentInstance().addMessage("forgotten:login", new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, texts.get("login.required.login"), null));
            return;
        }
        agents.sendResetLink(login);
        sent = true;
    }

    public void choose() throws IOException {
        if (apply(() -> agents.choosePassword(lien, next, confirmation), "choose")) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login.xhtml?motDePasse=choisi");
        }
    }

    public void change() {
        if (apply(() -> agents.changePassword(current, next, confirmation), "change")) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    texts.get("password.changed"), null));
        }
    }

    private boolean apply(Runnable action, String form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage(form + ":" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.error(error.key(), error.arguments()), null));
            }
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.error(e.key(), e.arguments()),
                    null));
            usable = false;
        } finally {
            current = null;
            next = null;
            confirmation = null;
        }
        faces.validationFailed();
        return false;
    }

    public String invalid(String clientId) {
        return FacesContext.getCurrentInstance().getMessageList(clientId).isEmpty() ? "false" : "true";
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getLien() {
        return lien;
    }

    public void setLien(String lien) {
        this.lien = lien;
    }

    public boolean isUsable() {
        return usable;
    }

    public boolean isSent() {
        return sent;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
