package fr.stages.web.offers;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.Offer;
import fr.stages.platform.GoneException;
import fr.stages.search.boundary.Search;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.web.NotFoundPages;
import fr.stages.web.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * One offer, by its id in the query string (bookmarkable, no session). An offer that left the site answers 410
 * with offers like it; an id that never was public answers 404.
 */
@Named("offersOfferPage")
@RequestScoped
public class OffersOfferPage {

    private static final int SIMILAR = 4;

    @Inject
    EnglishNames englishNames;

    @Inject
    Offers offers;

    @Inject
    Search search;

    @Inject
    Texts texts;

    /** Kept as text: a garbled id in a shared link is a missing page (404), not a conversion error. */
    private String id;
    private Offer offer;
    private String goneTitle;
    private List<IndexedOffer> similar = List.of();
    private List<Card> cards;

    public void load() {
        offer = NotFoundPages.find(id, this::onlineOrGone);
        if (offer != null) {
            similar = search.similarTo(offer.getId(), SIMILAR);
        }
    }

    private Offer onlineOrGone(long offerId) {
        try {
            return offers.published(offerId);
        } catch (GoneException e) {
            goneTitle = e.title();
            similar = search.similarTo(offerId, SIMILAR);
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
            return null;
        }
    }

    /** schema.org JobPosting of the offer, for search engines. */
    public String getJsonLd() {
        return JobPosting.of(offer, texts);
    }

    /** The beginning of the missions, for search engines' result lines (meta description). */
    public String getDescription() {
        return offer == null ? null : fr.stages.search.entity.IndexedOffer.excerpt(offer.getMissions());
    }

    public String getCanonical() {
        return fr.stages.web.http.PublicAddress.offer(fr.stages.web.http.PublicAddress.base(), offer.getId());
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

    public boolean isGone() {
        return goneTitle != null;
    }

    public String getGoneTitle() {
        return goneTitle;
    }

    public List<Card> getSimilar() {
        if (cards == null) {
            cards = Card.of(similar, texts, englishNames);
        }
        return cards;
    }
}
