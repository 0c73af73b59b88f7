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
 * depends on the request or on the offers is a part. « Mes candidatures » is served the same way
 * (web.candidates.MyApplicationsFrames), its parts being what depends on the candidate.
 */
public final class PageFrame {

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
    public static String mark(String part) {
        return OPEN + part + CLOSE;
    }

    /**
     * The frame of a page rendered with marks, or null when it does not hold each expected part exactly once (a
     * template that writes a part twice, or not at all, would make the frame wrong: such a page stays with Faces).
     */
    public static PageFrame of(String html, String contentType, Set<String> expected) {
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

    public String contentType() {
        return contentType;
    }

    /**
     * The page for the current request (each part by its name), in UTF-8, written once into an array of its exact
     * size. The parts are encoded here rather than by String.getBytes: as fast once compiled (50 and 59 µs for a
     * 45,000-character part), but the JDK's loop for text that is not Latin-1 stayed interpreted for the first
     * three minutes after a start (the JIT's queue full of Payara's methods), where it took 70 % of the
     * processor time of never-seen searches (JFR) and made them three times slower. A lone half of a surrogate
     * pair is written '?', as getBytes does.
     */
    public byte[] fill(Function<String, String> page) {
        String[] written = new String[parts.length];
        int size = length;
        for (int i = 0; i < parts.length; i++) {
            written[i] = page.apply(parts[i]);
            size += utf8Length(written[i]);
        }
        byte[] filled = new byte[size];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            at = copy(literals[i], filled, at);
            at = utf8(written[i], filled, at);
        }
        copy(literals[parts.length], filled, at);
        return filled;
    }

    /** How many bytes utf8 writes for that text. */
    static int utf8Length(String text) {
        int bytes = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes++;
                } else if (!Character.isSurrogate(c)) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 2; // a pair: four bytes for its two chars
                    i++;
                }
            }
        }
        return bytes;
    }

    /** The text in UTF-8 at that index of the array; where its end is. */
    static int utf8(String text, byte[] to, int at) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                to[at++] = (byte) c;
            } else if (c < 0x800) {
                to[at++] = (byte) (0xC0 | c >> 6);
                to[at++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                to[at++] = (byte) (0xE0 | c >> 12);
                to[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                to[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                int point = Character.toCodePoint(c, text.charAt(++i));
                to[at++] = (byte) (0xF0 | point >> 18);
                to[at++] = (byte) (0x80 | point >> 12 & 0x3F);
                to[at++] = (byte) (0x80 | point >> 6 & 0x3F);
                to[at++] = (byte) (0x80 | point & 0x3F);
            } else {
                to[at++] = '?';
            }
        }
        return at;
    }

    private static int copy(byte[] from, byte[] to, int at) {
        System.arraycopy(from, 0, to, at, from.length);
        return at + from.length;
    }
}
