package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.platform.BusinessException;
import fr.stages.web.FormState;
import fr.stages.web.SiteLanguage;
import fr.stages.web.Texts;
import fr.stages.web.http.ClientAddress;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;

/**
 * compte/connexion.xhtml: a candidate asks for a sign-in link. The answer is the same for every valid address
 * (the business sends a link to any, the account is made when it is used); refused only for an address that is
 * not one, or too many requests, each said next to the field. A stateless page: no session before the sign-in.
 */
@Named("compteConnexionPage")
@RequestScoped
public class CompteConnexionPage {

    private static final Logger LOG = Logger.getLogger(CompteConnexionPage.class.getName());

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    SiteLanguage language;

    @Inject
    Texts texts;

    private String email;
    private String sentTo;

    public void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (email == null || email.isBlank()) {
            form.error("connexion:email", texts.get("candidate.email.required"));
            return;
        }
        try {
            accounts.sendLink(email, language.getLanguage(),
                    ClientAddress.of((HttpServletRequest) faces.getExternalContext().getRequest()));
            sentTo = email.strip();
        } catch (BusinessException e) {
            form.error("connexion:email", e);
        } catch (EJBException e) {
            LOG.warning(() -> "Lien de connexion non envoyé : " + e);
            form.error("connexion:email", texts.get("candidate.link.failed"));
        }
    }

    /** The name of the OpenID Connect provider to offer (its button), or null when none is declared. */
    public String getProviderName() {
        return accounts.providerName().orElse(null);
    }

    /**
     * Why the sign-in through the provider came back here (ProviderSignInServlet's ?fournisseur=), in words; null
     * without a reason we know.
     */
    public String getProviderReason() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("fournisseur");
        return reason != null && REASONS.contains(reason) ? texts.get("candidate.provider.reason." + reason) : null;
    }

    private static final java.util.Set<String> REASONS = java.util.Set.of("annulee", "expiree", "echec",
            "sans-adresse", "adresse-non-verifiee", "trop", "injoignable");

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** The address the link went to, once sent (the page then says so instead of showing the form). */
    public String getSentTo() {
        return sentTo;
    }
}
