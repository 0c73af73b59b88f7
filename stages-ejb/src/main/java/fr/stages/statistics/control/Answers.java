package fr.stages.statistics.control;

import fr.stages.statistics.entity.Figures;
import fr.stages.statistics.entity.Funnel;
import fr.stages.statistics.entity.ResponseTime;

/**
 * The applications of a period (or of one unit in it), added up from the database's groups: how many, where they
 * stand, the steps they reached, the days until their first answer, whether their direction's delay has run out
 * and whether they waited past it.
 */
public final class Answers {

    /**
     * One group: applications with the same status, steps reached, days to the first answer (-1: none yet), delay
     * run out (eligible), answer later than the delay (late), and how many they are.
     */
    public record Line(String status, boolean shortlisted, boolean interview, int days, boolean eligible, boolean late,
                       int count) {
    }

    private final DayHistogram days = new DayHistogram();
    private int received;
    private int read;
    private int shortlisted;
    private int interview;
    private int accepted;
    private int rejected;
    private int withdrawn;
    private int invited;
    private int waiting;
    private int never;
    private int eligible;
    private int late;

    public void add(Line line) {
        int count = line.count();
        boolean answered = line.days() >= 0;
        received += count;
        if (answered) {
            days.add(line.days(), count);
        }
        if (line.eligible()) {
            eligible += count;
            late += line.late() ? count : 0;
        }
        // opened or handled: anything but received, except a withdrawal before the direction did anything
        if (!line.status().equals("RECEIVED") && !(line.status().equals("WITHDRAWN") && !line.shortlisted() && !answered)) {
            read += count;
        }
        shortlisted += line.shortlisted() ? count : 0;
        interview += line.interview() ? count : 0;
        switch (line.status()) {
            case "ACCEPTED" -> accepted += count;
            case "REJECTED" -> rejected += count;
            case "WITHDRAWN" -> withdrawn += count;
            case "INVITED" -> invited += count;
            default -> { // received, read, shortlisted: no answer yet
                if (line.eligible()) {
                    never += count;
                } else {
                    waiting += count;
                }
            }
        }
    }

    /** With the offers' totals (offers, places, paid ones, weeks) and the spontaneous applications of the period. */
    public Figures figures(int[] offers, int spontaneous) {
        return new Figures(offers[0], offers[1], offers[2], offers[3], received, spontaneous, accepted, days.total(),
                days.percentile(50), days.percentile(90), eligible, late);
    }

    public Funnel funnel() {
        return new Funnel(received, read, shortlisted, interview, accepted, rejected, withdrawn, invited, waiting, never);
    }

    public ResponseTime responseTime(String unit) {
        return new ResponseTime(unit, received, days.total(), days.percentile(50), days.percentile(90), eligible, late);
    }
}
