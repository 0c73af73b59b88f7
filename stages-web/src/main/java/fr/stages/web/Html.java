package fr.stages.web;

/**
 * Text written into HTML by the pages that write their repeated parts in Java (the search results, « Mes
 * candidatures »): a Faces component per row cost more than the rest of those pages (bench/README.md).
 */
public final class Html {

    private Html() {
    }

    /** A text between tags. */
    public static String text(String value) {
        return escape(value, false);
    }

    /** A value between double quotes. */
    public static String attribute(String value) {
        return escape(value, true);
    }

    /** The value with &, <, > (and " between quotes) as entities; the value itself when it has none of them. */
    private static String escape(String value, boolean quotes) {
        if (value == null) {
            return "";
        }
        int special = special(value, 0, quotes);
        if (special < 0) {
            return value; // most texts: one pass, no copy
        }
        // the text between two special characters goes in one append (one char at a time was a tenth of a
        // never-seen search page, JFR: every link's address has its &)
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        int from = 0;
        for (; special >= 0; special = special(value, from, quotes)) {
            escaped.append(value, from, special).append(switch (value.charAt(special)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                default -> "&quot;";
            });
            from = special + 1;
        }
        return escaped.append(value, from, value.length()).toString();
    }

    /** Where the next character to escape is, from that index on, or -1. */
    private static int special(String value, int from, boolean quotes) {
        for (int i = from; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' && quotes) {
                return i;
            }
        }
        return -1;
    }
}
