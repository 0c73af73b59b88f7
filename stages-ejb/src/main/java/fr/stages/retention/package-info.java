/**
 * Retention of candidates' personal data, as the privacy notice states it: applications to offers 12 months
 * after they arrived (24 when the candidate agreed to the talent pool), spontaneous applications 12 months;
 * then each is erased with its files and its mail log rows.
 */
package fr.stages.retention;
