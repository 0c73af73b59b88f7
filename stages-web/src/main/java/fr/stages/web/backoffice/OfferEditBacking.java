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
import fr.stages.platform.FieldError;
import fr.stages.platform.InvalidInputException;
import fr.stages.web.NotFoundPages;
import fr.stages.web.Texts;
import jakarta.faces.application.FacesMessage;
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
@Named("offerEdit")
@ViewScoped
public class OfferEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Offers offers;

    @Inject
    ReferenceData referenceData;

    @Inject
    Texts texts;

    private String id;
    private Long offerId;
    private String title;
    private OfferForm form;
    private List<Service> services;
    private List<JobFamily> jobFamilies;
    private List<Place> places;

    public void load() {
        if (form != null) {
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
            form = OfferForm.of(offer);
        } else {
            form = new OfferForm();
        }
        services = offers.servicesForMe();
        if (form.getServiceId() == null && services.size() == 1) {
            form.setServiceId(services.get(0).getId());
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
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return offerId == null ? offers.create(form) : offers.update(offerId, form);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                faces.addMessage("offer:" + error.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.error(error.key(), error.arguments()), null));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    texts.get("offerEdit.errors", e.errors().size()), null));
        } catch (BusinessException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.error(e.key(), e.arguments()),
                    null));
        }
        faces.validationFailed();
        return null;
    }

    /** Back to the offer's page, with what was done said there (the flash survives the redirect). */
    private void done(Offer offer, String key, Object... arguments) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().put("done", texts.get(key, arguments));
        external.redirect(external.getRequestContextPath() + "/backoffice/offer.xhtml?id=" + offer.getId());
    }

    /** "true" when that field has an error message, for aria-invalid. */
    public String invalid(String field) {
        return FacesContext.getCurrentInstance().getMessageList("offer:" + field).isEmpty() ? "false" : "true";
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

    public OfferForm getForm() {
        return form;
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
