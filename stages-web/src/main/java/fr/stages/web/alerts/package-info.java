/**
 * The pages of search alerts: saving the search one is looking at as an alert (signed in: on the account's
 * address, active at once; otherwise confirmed by a mailed link), confirming it, stopping it in one click from a
 * digest (RFC 8058 POST, or a page with a button), and « Mes alertes » in the candidate space.
 */
package fr.stages.web.alerts;
