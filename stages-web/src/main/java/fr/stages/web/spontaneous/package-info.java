/**
 * The public spontaneous application form's page and its confirmation (the form's sending is handled in
 * web.candidates); the pool's back-office page is in web.backoffice.
 */
package fr.stages.web.spontaneous;
