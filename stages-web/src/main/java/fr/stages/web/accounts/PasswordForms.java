package fr.stages.web.accounts;

import fr.stages.web.FormState;
import fr.stages.web.Texts;
import fr.stages.web.http.ClientAddress;
import fr.stages.accounts.boundary.Agents;
import fr.stages.platform.BusinessException;
import fr.stages.platform.InvalidInputException;
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
@Named("passwordForms")
@ViewScoped
public class PasswordForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agents agents;

    @Inject
    Texts texts;

    @Inject
    FormState form;

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
            form.error("forgotten:login", texts.get("login.required.login"));
            return;
        }
        agents.sendResetLink(login, ClientAddress.of(
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
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
            // this session goes on with the new password; the agent's other sessions end (ClosedAccountFilter)
            ((jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext().getRequest()).getSession().setAttribute(ClosedAccountFilter.PASSWORD_MARK,
                    agents.current().passwordMark());
            form.done("password.changed");
        }
    }

    private boolean apply(Runnable action, String formId) {
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            form.errors(formId, e);
        } catch (BusinessException e) {
            form.error(null, e);
            usable = false;
        } finally {
            current = null;
            next = null;
            confirmation = null;
        }
        return false;
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
