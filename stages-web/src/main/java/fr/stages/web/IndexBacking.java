package fr.stages.web;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.OfferSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The public home page: the offers online today. */
@Named
@RequestScoped
public class IndexBacking {

    @Inject
    Offers offers;

    private List<OfferSummary> published;

    public List<OfferSummary> getPublished() {
        if (published == null) {
            published = offers.published();
        }
        return published;
    }
}
