package fr.stages.web.backoffice;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.NotFoundException;
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

    private Long id;
    private Offer offer;

    public void load() {
        try {
            offer = id == null ? null : offers.ofMyDirection(id);
        } catch (NotFoundException e) {
            offer = null;
        }
        if (offer == null) {
            NotFoundPages.send();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Offer getOffer() {
        return offer;
    }
}
