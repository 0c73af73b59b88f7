package fr.stages.statistics.entity;

/**
 * One line of a table by job family, education level, month or duration: its key (a job family's id, a level's
 * or duration's code, a month as 2026-09) and name, offers published and their places, applications received to
 * offers, spontaneous applications (naming the job family, or received in the month; 0 elsewhere).
 */
public record Breakdown(String key, String name, int offers, int places, int applications, int spontaneous) {

    /** Applications per place offered: above 1, more demand than supply. */
    public Double applicationsPerPlace() {
        return places == 0 ? null : (double) applications / places;
    }
}
