package fr.stages.web.offers;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.Application;
import fr.stages.applications.entity.ApplicationStatus;
import fr.stages.platform.BusinessException;
import fr.stages.platform.NotFoundException;
import fr.stages.web.FormState;
import fr.stages.web.NotFoundPages;
import fr.stages.web.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A candidate withdraws an application through the link of their receipt (reference and its key). Opening the
 * link changes nothing (mail scanners open links): the candidate confirms with the button. A wrong key answers
 * 404, as an unknown reference does. The page is stateless like every public page: the form sends the
 * reference and key back with the confirmation.
 */
@Named("offersWithdrawPage")
@RequestScoped
public class OffersWithdrawPage {

    @Inject
    Applications applications;

    @Inject
    FormState form;

    @Inject
    Texts texts;

    private String reference;
    private String key;
    private Application application;
    private boolean justWithdrawn;

    /** From the link, or from the form on confirmation: read first, as the form's own rendering depends on it. */
    @PostConstruct
    void parameters() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        reference = parameters.get("candidature");
        key = parameters.get("cle");
    }

    public void load() {
        try {
            application = applications.forWithdrawal(reference, key);
        } catch (NotFoundException e) {
            NotFoundPages.send();
        }
    }

    public void withdraw() {
        try {
            application = applications.withdraw(reference, key);
            justWithdrawn = true;
        } catch (BusinessException e) {
            form.error(null, e);
            load();
        }
    }

    /**
     * What the candidate is told of where the application stands: waiting (received, read or shortlisted are
     * the direction's own business), invited, accepted, rejected, or withdrawn on that day.
     */
    public String getStateText() {
        ApplicationStatus status = getApplication().getStatus();
        if (status == ApplicationStatus.WITHDRAWN) {
            return texts.get("withdraw.state.withdrawn", texts.date(application.getStatusChangedAt()));
        }
        return texts.get("withdraw.state." + (ApplicationStatus.UNANSWERED.contains(status) ? "waiting"
                : status.name().toLowerCase(java.util.Locale.ROOT)));
    }

    public Application getApplication() {
        if (application == null) {
            load(); // the confirmation (a postback: no view action)
        }
        return application;
    }

    public boolean isJustWithdrawn() {
        return justWithdrawn;
    }

    public String getCandidature() {
        return reference;
    }

    public String getCle() {
        return key;
    }
}
