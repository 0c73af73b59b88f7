package fr.stages.web.candidates;

import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateFile;
import fr.stages.web.search.PageFrame;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import fr.stages.web.accounts.SignIn;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * compte/candidatures.xhtml (« Mes candidatures »): what the signed-in candidate sent, where each application
 * stands in their words, the mails sent to them about it, and the button that withdraws it.
 * <p>
 * Stateless like the public pages (no view state kept in the session: measured at 100 req/s, p95 760 ms with 50
 * applications when each visit stored its view). What depends on the candidate is written in Java with plain
 * forms (MyApplicationsParts: « Retirer » is a GET of the page with ?confirmer=id or ?confirmerSpontanee=id, the
 * confirmation posts to WithdrawServlet, which comes back with ?retiree=, ?retiree-spontanee= or ?erreur=); a visit
 * without parameters is served from the page's frame (MyApplicationsFrames). For the erasure, a confirmation asked
 * in one request is answered in the next by the confirmation form itself, which sends back what it confirms
 * (effacer) so that the page shows that form again and Faces finds its button. A form posted from another site is
 * refused by SameOriginPosts (Origin), and does not carry the session cookie (SameSite=Lax): it reaches nobody's
 * account. Every action takes the account from the caller.
 */
@Named("compteCandidaturesPage")
@RequestScoped
public class CompteCandidaturesPage {

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    private CandidateFile file;
    private List<MyApplicationRow> rows;
    private MyApplicationsParts parts;
    /** The application whose withdrawal waits for the candidate's confirmation, if any. */
    private Long confirming;
    private Long confirmingSpontaneous;
    private boolean erasing;

    /** The confirmation the form being sent back was showing, if any. */
    @PostConstruct
    void parameters() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        confirming = number(parameters.get("confirmer"));
        confirmingSpontaneous = number(parameters.get("confirmerSpontanee"));
        erasing = "1".equals(parameters.get("effacer"));
        outcome(parameters);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private CandidateFile getFile() {
        if (file == null) {
            file = accounts.file();
            rows = null;
        }
        return file;
    }

    /** The applications as the page writes them, made once per reading of the file. */
    private List<MyApplicationRow> getRows() {
        CandidateFile current = getFile();
        if (rows == null) {
            rows = MyApplicationsParts.rows(current, texts);
        }
        return rows;
    }

    /**
     * A part of the page that depends on the candidate (MyApplicationsParts), written as HTML; while the page's
     * frame renders (MyApplicationsFrames), its mark instead: the frame then holds nothing of this candidate.
     */
    public String part(String name) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (MyApplicationsFrames.rendering((HttpServletRequest) external.getRequest())) {
            return PageFrame.mark(name);
        }
        if (parts == null) {
            parts = new MyApplicationsParts(getFile(), getRows(), texts, external.getRequestContextPath(), confirming,
                    confirmingSpontaneous);
        }
        return parts.part(name);
    }

    /** What WithdrawServlet came back with: the withdrawal done (its reference), or why not. */
    private void outcome(Map<String, String> parameters) {
        String withdrawn = parameters.get("retiree");
        String spontaneous = parameters.get("retiree-spontanee");
        if (withdrawn != null) {
            getRows().stream().filter(r -> r.getReference().equals(withdrawn) && !r.isWithdrawable()).findFirst()
                    .ifPresent(r -> form.done("candidate.withdrawn", r.getReference(), r.getTitle()));
        } else if (spontaneous != null) { // gone from the file: only its reference is left to say
            form.done("candidate.spontaneousWithdrawn", spontaneous.replaceAll("[^A-Za-z0-9-]", ""));
        } else if ("repondue".equals(parameters.get("erreur"))) {
            form.error(null, texts.error("application.withdraw.answered",
                    String.valueOf(parameters.get("reference")).replaceAll("[^A-Za-z0-9-]", "")));
        } else if ("introuvable".equals(parameters.get("erreur"))) {
            form.error(null, texts.get("candidate.application.gone"));
        }
    }

    /** The candidate changed their mind: no confirmation shown any more. */
    public void cancel() {
        erasing = false;
    }

    /** The candidate asked to erase their account and data: the page asks them to confirm. */
    public void askErase() {
        erasing = true;
    }

    public boolean isErasing() {
        return erasing;
    }

    /** Erases the account and the data, then ends the session. */
    public void erase() throws IOException {
        accounts.erase();
        end("/compte/connexion.xhtml?efface=1");
    }

    /**
     * Ends the session; a candidate who signed in through the OpenID Connect provider is then signed out there
     * too (FranceConnect asks it of every service), and the provider sends them back to the sign-in page.
     */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        Object idToken = session == null ? null : session.getAttribute(ProviderSignInServlet.ID_TOKEN);
        String then = "/compte/connexion.xhtml?deconnecte=1";
        java.util.Optional<String> provider = idToken instanceof String token
                ? accounts.providerSignOutUrl(token, fr.stages.platform.PublicUrl.of(request)
                        + ProviderSignInServlet.SIGNED_OUT)
                : java.util.Optional.empty();
        SignIn.endSession(request);
        external.redirect(provider.orElse(external.getRequestContextPath() + then));
    }

    private static void end(String then) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SignIn.endSession((HttpServletRequest) external.getRequest());
        external.redirect(external.getRequestContextPath() + then);
    }
}
