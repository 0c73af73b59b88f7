package fr.stages.search.entity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of results ended: the last offer's place in the order (its score, publication, start, title and
 * id), so that the next page begins right after it even when offers came or left in between — unlike a page
 * number, which shifts every later page by one when an offer is published. Written as an opaque word for URLs.
 */
public record ResultCursor(Sort sort, float score, long published, long start, String title, long id) {

    private static final int MAX_LENGTH = 600;

    /** The word a URL carries. */
    public String encode() {
        String plain = String.join("|", sort.parameter(), Integer.toString(Float.floatToIntBits(score)),
                Long.toString(published), Long.toString(start), Long.toString(id), title);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a URL's word stands for; IllegalArgumentException for anything this class did not write. */
    public static ResultCursor decode(String word) {
        if (word == null || word.isEmpty() || word.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("cursor length");
        }
        String plain = new String(Base64.getUrlDecoder().decode(word), StandardCharsets.UTF_8);
        String[] parts = plain.split("\\|", 6);
        if (parts.length != 6) {
            throw new IllegalArgumentException("cursor parts");
        }
        Sort sort = null;
        for (Sort s : Sort.values()) {
            if (s.parameter().equals(parts[0])) {
                sort = s;
            }
        }
        if (sort == null) {
            throw new IllegalArgumentException("cursor sort");
        }
        // NumberFormatException is an IllegalArgumentException
        return new ResultCursor(sort, Float.intBitsToFloat(Integer.parseInt(parts[1])), Long.parseLong(parts[2]),
                Long.parseLong(parts[3]), parts[5], Long.parseLong(parts[4]));
    }
}
