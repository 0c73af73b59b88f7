package fr.stages.web.backoffice;

import fr.stages.directions.boundary.ReferenceData;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferForm;
import fr.stages.platform.BusinessException;
import fr.stages.platform.InvalidInputException;
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
import java.util.List;

/**
 * Writing an offer: a new draft (no id) or one of the agent's offers (?id=). Every field of the public page,
 * checked at once, each mistake next to its field; saved as a draft, or saved and published in one step.
 */
@Named("backofficeOfferEditPage")
@ViewScoped
public class BackofficeOfferEditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Offers offers;

    @Inject
    ReferenceData referenceData;

    @Inject
    Texts texts;

    @Inject
    FormState form;

    private String id;
    private Long offerId;
    private String title;
    private String reference;
    private OfferForm offerForm;
    private List<Service> services;
    private List<JobFamily> jobFamilies;
    private List<Place> places;

    public void load() {
        if (offerForm != null) {
            return;
        }
        if (id != null) {
            Offer offer = NotFoundPages.find(id, offers::ofMyDirection);
            if (offer == null) {
                return;
            }
            if (!offer.isEditable()) {
                NotFoundPages.send();
                return;
            }
            offerId = offer.getId();
            title = offer.getTitle();
            reference = offer.getReference();
            offerForm = OfferForm.of(offer);
        } else {
            offerForm = new OfferForm();
        }
        services = offers.servicesForMe();
        if (offerForm.getServiceId() == null && services.size() == 1) {
            offerForm.setServiceId(services.get(0).getId());
        }
        jobFamilies = referenceData.jobFamilies();
        places = referenceData.places();
    }

    public void save() throws IOException {
        Offer saved = write();
        if (saved != null) {
            done(saved, offerId == null ? "offerEdit.created" : "offerEdit.saved");
        }
    }

    public void saveAndPublish() throws IOException {
        Offer saved = write();
        if (saved == null) {
            return;
        }
        try {
            offers.publish(saved.getId());
            done(saved, "offerEdit.published");
        } catch (BusinessException e) {
            // saved as a draft all the same: the agent reads why it is not online on the offer's page
            done(saved, "offerEdit.savedNotPublished", texts.error(e.key(), e.arguments()));
        }
    }

    private Offer write() {
        try {
            return offerId == null ? offers.create(offerForm) : offers.update(offerId, offerForm);
        } catch (InvalidInputException e) {
            form.errors("offer", e);
            form.error(null, texts.get("offerEdit.errors", e.errors().size()));
        } catch (BusinessException e) {
            form.error(null, e);
        }
        return null;
    }

    /** Back to the offer's page, with what was done said there (the flash survives the redirect). */
    private void done(Offer offer, String key, Object... arguments) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("done", texts.get(key, arguments));
        external.redirect(external.getRequestContextPath() + "/backoffice/offer.xhtml?id=" + offer.getId());
    }

    /** A correspondent or a direction agent may write an offer for the direction as a whole. */
    public boolean isDirectionWideAllowed() {
        return services.size() != 1 || !FacesContext.getCurrentInstance().getExternalContext().isUserInRole("agent");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getOfferId() {
        return offerId;
    }

    public String getTitle() {
        return title;
    }

    /** The offer's own reference (a copy's new one, not its original's). */
    public String getReference() {
        return reference;
    }

    public OfferForm getForm() {
        return offerForm;
    }

    public List<Service> getServices() {
        return services;
    }

    public List<JobFamily> getJobFamilies() {
        return jobFamilies;
    }

    public List<Place> getPlaces() {
        return places;
    }

    public EducationLevel[] getLevels() {
        return EducationLevel.values();
    }
}
