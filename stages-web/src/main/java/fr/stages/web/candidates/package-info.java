/**
 * A candidate's sendings: the application form (to one or several offers) and the spontaneous application form,
 * both plain multipart HTML forms posted to their own page. One handler per form reads the body once (Sending:
 * Commons FileUpload's streaming parser, within limits), calls the business once and answers the redirect to the
 * receipt, or hands the refused form (Answers: the answers as sent, each error by its field) to the page, which
 * Faces renders. Not here: the pages themselves and what they show besides the form (web.offers,
 * web.spontaneous), the checks of the files and the rules of a sending (the business: applications, spontaneous).
 */
package fr.stages.web.candidates;
