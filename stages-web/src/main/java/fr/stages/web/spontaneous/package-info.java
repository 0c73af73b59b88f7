/** The public spontaneous application form and its confirmation; the pool's back-office page is in backoffice. */
package fr.stages.web.spontaneous;
