/**
 * The public pages of one offer: the offer page (OffersOfferPage, with its JobPosting data for search engines and
 * similar offers as Cards), the application form's page and its receipt (OffersApplyPage, OffersAppliedPage; the form's
 * sending is handled in web.candidates), the withdrawal page. Card and EnglishNames also serve the search page and
 * the feeds. Not here: the back office's offer pages (web.backoffice).
 */
package fr.stages.web.offers;
