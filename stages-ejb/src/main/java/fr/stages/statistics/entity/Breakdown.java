package fr.stages.statistics.entity;

/**
 * One line of a table by job family, education level, month or duration: its key (a job family's id, a level's
 * or duration's code, a month as 2026-09) and name, offers published and their places, applications received to
 * offers, spontaneous applications (naming the job family, or received in the month; 0 elsewhere), and searches
 * of the public site narrowed to the job family (0 elsewhere: searches are counted by family only).
 */
public record Breakdown(String key, String name, int offers, int places, int applications, int spontaneous,
                        long searches) {

    /** A line without searches counted (levels, months, durations). */
    public Breakdown(String key, String name, int offers, int places, int applications, int spontaneous) {
        this(key, name, offers, places, applications, spontaneous, 0);
    }

    /** Applications per place offered: above 1, more demand than supply. */
    public Double applicationsPerPlace() {
        return places == 0 ? null : (double) applications / places;
    }

    /** What the office should look at in a job family: demand far beyond supply, or supply nobody asked for. */
    public enum Signal { DEMAND_FAR_ABOVE_SUPPLY, NO_CANDIDATE, NONE }

    /** At least this many people asking before a family is said to be in demand: fewer say nothing. */
    public static final int DEMAND_FLOOR = 5;

    /**
     * The signal of this line among lines whose demand (applications and spontaneous ones) per place is, on
     * average, that one: at least twice the average (and five people), or asked with no place at all, is demand
     * far above supply; places offered that received no application found no candidate.
     */
    public Signal signal(double averageDemandPerPlace) {
        int demand = applications + spontaneous;
        if (places > 0 && applications == 0) {
            return Signal.NO_CANDIDATE;
        }
        if (demand >= DEMAND_FLOOR && (places == 0 || (double) demand / places >= 2 * averageDemandPerPlace)) {
            return Signal.DEMAND_FAR_ABOVE_SUPPLY;
        }
        return Signal.NONE;
    }

    /** Demand (applications and spontaneous ones) per place over all those lines; 0 without places. */
    public static double averageDemandPerPlace(java.util.List<Breakdown> lines) {
        int places = lines.stream().mapToInt(Breakdown::places).sum();
        int demand = lines.stream().mapToInt(b -> b.applications() + b.spontaneous()).sum();
        return places == 0 ? 0 : (double) demand / places;
    }
}
