package fr.stages.web.backoffice;

import java.util.List;

/**
 * One table of a dashboard as the page shows it and the exports write it: an id (the export's name), a caption,
 * the column headers and the rows. Every chart of the page is drawn from one of these, shown next to it.
 */
public record StatTable(String id, String caption, List<String> columns, List<List<Cell>> rows) {

    /** Groups smaller than this are masked in exports: a person could be recognised in them. */
    public static final int SMALLEST_GROUP = 5;

    /**
     * A cell: the text the page shows, the number behind it (null for text), and the number of people it counts
     * or derives from (null when it counts no people: offers, places).
     */
    public record Cell(String text, Number value, Integer people) {

        public static Cell text(String text) {
            return new Cell(text, null, null);
        }

        /** Whether an export must not give it: fewer than five people behind it, but some. */
        public boolean masked() {
            return people != null && people > 0 && people < SMALLEST_GROUP;
        }
    }
}
