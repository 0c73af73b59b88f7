package fr.stages.search.control;

import fr.stages.search.entity.IndexedOffer;

/** An offer as it goes into the index: what results show, and the long texts that are searched, not kept. */
public record OfferText(IndexedOffer offer, String missions, String profile) {
}
