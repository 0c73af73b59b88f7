/**
 * The candidate's side of the site.
 * <p>
 * Their sendings: the application form (to one or several offers) and the spontaneous application form, both
 * plain multipart HTML forms posted to their own page. One handler per form reads the body once (Sending:
 * Commons FileUpload's streaming parser, within limits), calls the business once and answers the redirect to the
 * receipt, or hands the refused form (Answers: the answers as sent, each error by its field) to the page, which
 * Faces renders.
 * <p>
 * Their space under /compte/ (optional, no password): asking for a sign-in link (CompteConnexionPage) and
 * confirming it (CompteLienPage), both stateless; « Mes candidatures » (CompteCandidaturesPage) and the downloads
 * of their data (CandidateDataServlet) and of an interview (InterviewCalendarServlet), for the candidate role only.
 * <p>
 * Not here: the pages of offers and of the spontaneous form besides the form (web.offers, web.spontaneous), the
 * checks of the files and every rule (the business: applications, spontaneous, candidates).
 */
package fr.stages.web.candidates;
