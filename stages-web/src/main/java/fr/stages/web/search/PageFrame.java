package fr.stages.web.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A page's HTML cut where it changes from one request to the next. A search never asked before spent about half
 * of its processor time in Faces (JFR: building the view, evaluating the texts of the template and form, CDI's
 * name resolution) although only a few places of the page depend on the search: its title, the keywords in the
 * box, the filters, the results, two links. So the page is rendered by Faces once per language with a mark at
 * each of those places (SearchPage.FRAME, while SearchFrames renders the frame), and each search then writes the
 * text between the marks and the parts of its own {@link SearchPage}: the same bytes as Faces would have written
 * (PublicSiteIT compares the two), at the cost of the parts alone.
 * <p>
 * What the frame holds must depend only on the language and the deployment (bundle, templates): anything that
 * depends on the request or on the offers is a part.
 */
final class PageFrame {

    private static final String OPEN = "@@stages-part:";
    private static final String CLOSE = "@@";

    private final String contentType;
    /** The text before each part, then after the last one: one more than parts. */
    private final byte[][] literals;
    private final String[] parts;
    private final int length;

    private PageFrame(String contentType, List<String> literals, List<String> parts) {
        this.contentType = contentType;
        this.literals = literals.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.parts = parts.toArray(String[]::new);
        this.length = Arrays.stream(this.literals).mapToInt(b -> b.length).sum();
    }

    /** What the page holds instead of a part while the frame renders: left as it is by Faces' escaping. */
    static String mark(String part) {
        return OPEN + part + CLOSE;
    }

    /**
     * The frame of a page rendered with marks, or null when it does not hold each expected part exactly once (a
     * template that writes a part twice, or not at all, would make the frame wrong: such a page stays with Faces).
     */
    static PageFrame of(String html, String contentType, Set<String> expected) {
        List<String> literals = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int open = html.indexOf(OPEN); open >= 0; open = html.indexOf(OPEN, from)) {
            int close = html.indexOf(CLOSE, open + OPEN.length());
            if (close < 0) {
                return null;
            }
            literals.add(html.substring(from, open));
            parts.add(html.substring(open + OPEN.length(), close));
            from = close + CLOSE.length();
        }
        literals.add(html.substring(from));
        return parts.size() == expected.size() && new HashSet<>(parts).equals(expected)
                ? new PageFrame(contentType, literals, parts) : null;
    }

    String contentType() {
        return contentType;
    }

    /**
     * The page for the current request (each part by its name), in UTF-8. Each part is encoded by String.getBytes, whose loops the JVM
     * makes fast: encoding character by character (Utf8Buffer) was an eighth of a never-seen search (JFR). A lone
     * half of a surrogate pair is written '?', as everywhere else.
     */
    byte[] fill(Function<String, String> page) {
        byte[][] written = new byte[parts.length][];
        int size = length;
        for (int i = 0; i < parts.length; i++) {
            written[i] = page.apply(parts[i]).getBytes(StandardCharsets.UTF_8);
            size += written[i].length;
        }
        byte[] filled = new byte[size];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            at = copy(literals[i], filled, at);
            at = copy(written[i], filled, at);
        }
        copy(literals[parts.length], filled, at);
        return filled;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
