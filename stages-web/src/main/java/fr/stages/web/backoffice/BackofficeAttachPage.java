package fr.stages.web.backoffice;

import fr.stages.applications.entity.Application;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.OfferRow;
import fr.stages.platform.BusinessException;
import fr.stages.platform.CityTime;
import fr.stages.platform.NotFoundException;
import fr.stages.spontaneous.boundary.SpontaneousApplications;
import fr.stages.spontaneous.entity.SpontaneousApplication;
import fr.stages.web.NotFoundPages;
import fr.stages.web.FormState;
import fr.stages.web.Texts;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Adds a spontaneous application of the pool to one of the agent's offers still open: it joins that offer's
 * applications and the candidate is told which offer (?candidature=id).
 */
@Named("backofficeAttachPage")
@ViewScoped
public class BackofficeAttachPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpontaneousApplications spontaneous;

    @Inject
    Offers offers;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    private String candidature;
    private SpontaneousApplication entry;
    private List<OfferRow> open;
    private Long offerId;

    public void load() {
        if (entry != null) {
            return;
        }
        entry = NotFoundPages.find(candidature, spontaneous::visible);
        if (entry != null) {
            // the offers candidates can apply to now: online, deadline not passed (a draft's page is not public)
            LocalDate today = CityTime.today();
            open = offers.ofMyDirection().stream().filter(r -> r.isOpenOn(today)).toList();
        }
    }

    public void attach() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (offerId == null) {
            form.error("attach:offer", texts.get("attach.offer.required"));
            return;
        }
        try {
            Application application = spontaneous.attach(entry.getId(), offerId);
            ExternalContext external = faces.getExternalContext();
            external.getFlash().put("done", texts.get("attach.done", application.getOffer().getTitle()));
            external.redirect(external.getRequestContextPath() + "/backoffice/application.xhtml?id="
                    + application.getId());
        } catch (BusinessException e) {
            form.error("attach:offer", e);
        } catch (NotFoundException e) {
            NotFoundPages.send();
        }
    }

    public String getCandidature() {
        return candidature;
    }

    public void setCandidature(String candidature) {
        this.candidature = candidature;
    }

    public SpontaneousApplication getEntry() {
        return entry;
    }

    public List<OfferRow> getOpen() {
        return open;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }
}
