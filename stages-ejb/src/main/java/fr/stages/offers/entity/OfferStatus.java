package fr.stages.offers.entity;

public enum OfferStatus {
    DRAFT, PUBLISHED, UNPUBLISHED, FILLED, EXPIRED
}
