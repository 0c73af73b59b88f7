package fr.stages.offers.entity;

/** What an offer's history records. */
public enum OfferAction {
    CREATED, EDITED, PUBLISHED, UNPUBLISHED, FILLED, EXPIRED, DUPLICATED
}
