/**
 * The Faces pages of the public site and of the back-office. Backing beans mirror the view paths
 * (index.xhtml ↔ IndexBacking, offers/offer.xhtml ↔ offers.OfferBacking); they call a boundary and turn its
 * answers into pages and messages, nothing more. Texts come from one bundle, French first.
 */
package fr.stages.web;
