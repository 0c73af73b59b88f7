package fr.stages.web.accounts;

import fr.stages.web.Texts;
import fr.stages.web.http.ClientAddress;
import fr.stages.accounts.control.BackOfficeSignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;

/** The back-office login form, authenticated by the container (SecurityConfiguration). */
@Named("signIn")
@RequestScoped
public class SignIn {

    static final String HOME = "/backoffice/offers.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    Texts texts;

    @Inject
    fr.stages.accounts.boundary.Agents agents;

    private String login;
    private String password;

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a session id known before login (possibly planted by someone else) must not survive it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        String caller = login.strip().toLowerCase(Locale.ROOT);
        String address = ClientAddress.of(request);
        // too many failures lately, from this address or against this login from strangers' addresses: refused
        // without even checking the password (guessing brake; LoginFailure says the rules)
        var wait = agents.waitBeforeTrying(caller, address);
        if (wait.isPresent()) {
            password = null;
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get(
                    wait.get().wholeAddress() ? "login.throttledAddress" : "login.throttled", wait.get().minutes()), null));
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true).credential(
                        new UsernamePasswordCredential(caller, new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            try {
                agents.succeeded(caller, address);
            } catch (jakarta.ejb.EJBException e) {
                // two sign-ins of one login from one address at once: the other one remembered it
                java.util.logging.Logger.getLogger(SignIn.class.getName())
                        .fine(() -> "Adresse connue non enregistrée : " + e);
            }
            rememberPasswordMark(request);
            // back to the page that asked for the sign-in, if any
            external.redirect(external.getRequestContextPath() + BackOfficeSignIn.takeWanted(request).orElse(HOME));
            return;
        }
        agents.failed(caller, address);
        password = null;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.get("login.failed"), null));
    }

    /**
     * The session remembers the password it logged in with (ClosedAccountFilter ends it once that changes), from
     * the login itself: a session that made its first back-office request only after a change would else take the
     * new password's mark for its own.
     */
    private void rememberPasswordMark(HttpServletRequest request) {
        try {
            request.getSession().setAttribute(ClosedAccountFilter.PASSWORD_MARK, agents.current().passwordMark());
        } catch (jakarta.ejb.EJBException e) {
            // the caller is not visible to the business yet: the filter records the mark at the first request
        }
    }

    public void logout() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        endSession((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    /**
     * Logged out and the session gone: the agent's own logout, a session whose account was closed, a candidate's
     * sign-out or erasure, and whoever was signed in before a candidate's link signs them in.
     */
    public static void endSession(HttpServletRequest request) {
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below whatever the mechanism answered
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    /** How long a session lasts without a request (server-config: STAGES_SESSION_MINUTES; see SessionLength). */
    public int getSessionMinutes() {
        return ((jakarta.servlet.ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext())
                .getSessionTimeout();
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
