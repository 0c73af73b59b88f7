package fr.stages.search.control;

import fr.stages.search.entity.IndexedOffer;

/**
 * An offer as it goes into the index: what results show, the long texts that are searched, not kept, and the
 * offer's version (the index's fingerprint compares the versions with the database's).
 */
public record OfferText(IndexedOffer offer, String missions, String profile, long version) {

    public OfferText(IndexedOffer offer, String missions, String profile) {
        this(offer, missions, profile, 0);
    }
}
