package fr.stages.web.backoffice;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One offer of the agent's direction; any other id answers 404, as if it did not exist. */
@Named("backOfficeOffer")
@RequestScoped
public class OfferBacking {

    @Inject
    Offers offers;

    /** Kept as text: a garbled id in a shared link is a missing page (404), not a conversion error. */
    private String id;
    private Offer offer;

    public void load() {
        offer = NotFoundPages.find(id, offers::ofMyDirection);
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
