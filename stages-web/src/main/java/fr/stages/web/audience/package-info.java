/**
 * The public audience, counted on the server as pages are served (PageViews): the search page, each offer's page,
 * the keywords and job families searched. The counting and keeping belong to the statistics capability
 * (statistics.boundary.Audience); the back-office statistics page shows them.
 */
package fr.stages.web.audience;
