/**
 * Applications of candidates to an offer, and the pipeline directions run them through (received, read,
 * shortlisted, invited, accepted or rejected, withdrawn). A candidate needs no account to apply.
 */
package fr.stages.applications;
