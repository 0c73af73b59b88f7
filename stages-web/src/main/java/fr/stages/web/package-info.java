/**
 * What every Faces page of the web module shares: texts and language (Texts, LocaleBacking), the back office's
 * form state and field errors (FormState), dates (DateConverter), records in EL (RecordResolver), error pages
 * (ErrorPagesHandlerFactory, NotFoundPages). Each part of the site lives in a package of its own: search, offers,
 * candidates, spontaneous, backoffice, accounts, feeds; the copies of public pages in pagecache; what guards
 * every request in http; health checks in health. Backing beans mirror the view paths (offers/offer.xhtml ↔
 * offers.OfferBacking); they call a boundary and turn its answers into pages and messages, nothing more.
 */
package fr.stages.web;
