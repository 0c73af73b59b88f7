package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.control.ProvedAddress;
import fr.stages.candidates.entity.CandidateAccount;
import fr.stages.platform.BusinessException;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import fr.stages.web.accounts.SignIn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * compte/lien.xhtml: the page a sign-in link opens. Opening it spends nothing (mail scanners open links): it
 * names the address and the candidate confirms with the button, whose POST spends the link and signs them in.
 * Whoever was signed in in this browser before (an agent, another candidate) is signed out first, and the
 * session is a new one: a candidate's session never carries another caller. Stateless until then: the form
 * sends the link's secret back.
 */
@Named("compteLienPage")
@RequestScoped
public class CompteLienPage {

    static final String HOME = "/compte/candidatures.xhtml";

    @Inject
    CandidateAccounts accounts;

    @Inject
    SecurityContext securityContext;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    private String token;
    private Optional<String> address;

    @PostConstruct
    void parameters() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("jeton");
    }

    public void signIn() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        CandidateAccount account;
        try {
            account = accounts.signIn(token);
        } catch (BusinessException e) {
            address = Optional.empty(); // the page says the link is no longer valid
            return;
        } catch (EJBException e) {
            // e.g. the same address's first account made at once by another link: nothing was spent, try again
            java.util.logging.Logger.getLogger(CompteLienPage.class.getName()).warning(() -> "Connexion candidat : " + e);
            form.error(null, texts.get("candidate.signIn.failed"));
            return;
        }
        SignIn.endSession(request); // whoever was signed in in this browser: the candidate gets a new session
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new ProvedAddress(account.getId())));
        if (status != AuthenticationStatus.SUCCESS) {
            form.error(null, texts.get("candidate.signIn.failed"));
            return;
        }
        external.redirect(external.getRequestContextPath() + HOME);
    }

    /** The address the link signs in, while the link can be used; empty for a link spent, expired or unknown. */
    public Optional<String> getAddress() {
        if (address == null) {
            address = accounts.addressOfLink(token);
        }
        return address;
    }

    public String getJeton() {
        return token;
    }
}
