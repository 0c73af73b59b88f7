package fr.stages.web.candidates;

import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.candidates.boundary.CandidateAccounts;
import fr.stages.candidates.entity.CandidateFile;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;

/**
 * compte/candidatures.xhtml (« Mes candidatures »): what the signed-in candidate sent, where each application
 * stands in their words, the mails sent to them about it, and the button that withdraws it. Its form carries the
 * page's view state, bound to the candidate's session: a form posted from another site has none (and
 * SameOriginPosts refuses it before). View-scoped: a confirmation asked in one request is answered in the next,
 * whose button Faces finds only if the page still shows it.
 */
@Named("compteCandidaturesPage")
@ViewScoped
public class CompteCandidaturesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateAccounts accounts;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    /** Read once per request at most (entities: not kept with the view). */
    private transient CandidateFile file;
    private static final String READ = CompteCandidaturesPage.class.getName() + ".read";
    /** The application whose withdrawal waits for the candidate's confirmation, if any. */
    private Long confirming;
    private Long confirmingSpontaneous;
    private boolean erasing;

    public CandidateFile getFile() {
        if (file == null || !FacesContext.getCurrentInstance().getAttributes().containsKey(READ)) {
            FacesContext.getCurrentInstance().getAttributes().put(READ, Boolean.TRUE);
            file = accounts.file();
        }
        return file;
    }

    /** The candidate asked to withdraw that application: the page asks them to confirm. */
    public void ask(long applicationId) {
        confirming = applicationId;
    }

    public Long getConfirming() {
        return confirming;
    }

    /** Withdraws one of the candidate's applications; another person's (a forged id) is not found. */
    public void withdraw(long applicationId) {
        try {
            Application application = accounts.withdraw(applicationId);
            form.done("candidate.withdrawn", application.getReference(), application.getOffer().getTitle());
        } catch (BusinessException e) {
            form.error(null, e);
        } catch (NotFoundException e) {
            form.error(null, texts.get("candidate.application.gone"));
        }
        file = null; // read again, as it is now
        confirming = null;
    }

    /** Where an application stands, in the candidate's words. */
    public String status(Application application) {
        return texts.get("candidate.status." + application.getStatus().name().toLowerCase(Locale.ROOT));
    }

    /** Whether the service has opened it (every status after received). */
    public boolean isRead(Application application) {
        return application.getStatus() != ApplicationStatus.RECEIVED;
    }

    /** The candidate asked to withdraw that spontaneous application: the page asks them to confirm. */
    public void askSpontaneous(long spontaneousId) {
        confirmingSpontaneous = spontaneousId;
    }

    public Long getConfirmingSpontaneous() {
        return confirmingSpontaneous;
    }

    /** Withdraws one of the candidate's spontaneous applications; another person's is not found. */
    public void withdrawSpontaneous(long spontaneousId) {
        try {
            form.done("candidate.spontaneousWithdrawn", accounts.withdrawSpontaneous(spontaneousId).getReference());
        } catch (NotFoundException e) {
            form.error(null, texts.get("candidate.application.gone"));
        }
        file = null;
        confirmingSpontaneous = null;
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

    public void signOut() throws IOException {
        end("/compte/connexion.xhtml?deconnecte=1");
    }

    private static void end(String then) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            // the session goes below whatever the mechanism answered
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(external.getRequestContextPath() + then);
    }
}
