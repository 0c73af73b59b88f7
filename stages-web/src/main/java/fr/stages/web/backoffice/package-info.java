/**
 * The back office's pages (/backoffice/*), one backing bean per page, named after it: offers and their
 * applications, the talent pool, a direction's settings and agents, the mail log, CV downloads (DocumentServlet).
 * Every action is authorised again by the business for the caller's direction; these beans only turn answers
 * into pages and messages.
 */
package fr.stages.web.backoffice;
