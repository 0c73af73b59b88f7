package fr.stages.web.offers;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One published offer, by its id in the query string (bookmarkable, no session). */
@Named("offerPage")
@RequestScoped
public class OfferBacking {

    @Inject
    Offers offers;

    /** Kept as text: a garbled id in a shared link is a missing page (404), not a conversion error. */
    private String id;
    private Offer offer;

    public void load() {
        offer = NotFoundPages.find(id, offers::published);
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
