package fr.stages.web.spontaneous;

import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The confirmation of a spontaneous application, by the sending's key (a 144-bit random value only its sender
 * knows): its reference, what it asked for, where the receipt went. A reload shows the same page.
 */
@Named("spontaneousSentPage")
@RequestScoped
public class SpontaneousSentPage {

    @Inject
    SpontaneousApplications spontaneous;

    private String key;
    private SpontaneousApplication sent;

    public void load() {
        sent = NotFoundPages.findByKey(key, spontaneous::sent);
    }

    public String getEnvoi() {
        return key;
    }

    public void setEnvoi(String key) {
        this.key = key;
    }

    public SpontaneousApplication getSent() {
        return sent;
    }

    public int getRetentionMonths() {
        return SpontaneousApplication.RETENTION_MONTHS;
    }
}
