package fr.stages.web.backoffice;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.web.NotFoundPages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One of the agent's offers as candidates will read it, whatever its state (a draft before publishing). */
@Named("backofficePreviewPage")
@RequestScoped
public class BackofficePreviewPage {

    @Inject
    Offers offers;

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
