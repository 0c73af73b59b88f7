package fr.stages.web.backoffice;

import fr.stages.applications.boundary.Applications;
import fr.stages.applications.entity.Application;
import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** One offer of the agent's direction; any other id answers 404, as if it did not exist. */
@Named("backOfficeOffer")
@RequestScoped
public class OfferBacking {

    @Inject
    Offers offers;

    @Inject
    Applications applications;

    /** Kept as text: a garbled id in a shared link is a missing page (404), not a conversion error. */
    private String id;
    private Offer offer;
    private List<Application> received;

    public void load() {
        offer = NotFoundPages.find(id, offers::ofMyDirection);
        if (offer != null) {
            received = applications.ofOffer(offer.getId());
        }
    }

    /** The offer's applications, newest first. */
    public List<Application> getApplications() {
        return received;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }
}
