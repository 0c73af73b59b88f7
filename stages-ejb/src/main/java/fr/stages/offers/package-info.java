/**
 * Internship offers and their life: written as a draft by a direction, published, unpublished, filled, expired
 * when their deadline passes. Holds the legal rules an offer must respect (at most 35 h a week, at most six
 * months, gratification due beyond 308 hours) and the read models of the public list and the back-office list.
 * Applications to an offer live in the applications capability.
 */
package fr.stages.offers;
