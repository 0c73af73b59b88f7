package fr.stages.statistics.entity;

/**
 * Views counted on the server in a period (statistics.boundary.Audience): of the search page (the whole site's;
 * 0 for a direction's or service's dashboard, whose offers are all it sees) and of the scope's offers.
 */
public record Visits(long searchPage, long offerPages) {
}
