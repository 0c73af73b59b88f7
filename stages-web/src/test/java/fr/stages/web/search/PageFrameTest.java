package fr.stages.web.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageFrameTest {

    private static String filled(PageFrame frame, Map<String, String> parts) {
        return new String(frame.fill(parts::get), StandardCharsets.UTF_8);
    }

    @Test
    void eachPartTakesThePlaceOfItsMarkBetweenTheFramesText() {
        String html = "<title>" + PageFrame.mark("title") + " – Stages</title><p>é " + PageFrame.mark("results")
                + "</p>" + PageFrame.mark("end");
        PageFrame frame = PageFrame.of(html, "text/html;charset=UTF-8", Set.of("title", "results", "end"));
        assertEquals("text/html;charset=UTF-8", frame.contentType());
        assertEquals("<title>Jardin &amp; parcs – Stages</title><p>é <ol><li>Stage 😀</li></ol></p>",
                filled(frame, Map.of("title", "Jardin &amp; parcs", "results", "<ol><li>Stage 😀</li></ol>",
                        "end", "")));
        assertEquals("<title>x – Stages</title><p>é y</p>z", filled(frame, Map.of("title", "x", "results", "y",
                "end", "z")), "the same frame, another request");
    }

    @Test
    void aPageWithoutPartsIsItsText() {
        assertEquals("<p>rien à remplir</p>",
                filled(PageFrame.of("<p>rien à remplir</p>", "text/html", Set.of()), Map.of()));
    }

    @Test
    void aFrameMissingARepeatingOneOrWithAnUnknownPartIsRefused() {
        Set<String> expected = Set.of("title", "results");
        String title = PageFrame.mark("title");
        String results = PageFrame.mark("results");
        assertNull(PageFrame.of("<title>" + title + "</title>", "text/html", expected), "a part missing");
        assertNull(PageFrame.of(title + results + title, "text/html", expected), "a part twice");
        assertNull(PageFrame.of(title + results + PageFrame.mark("other"), "text/html", expected), "unknown part");
        assertNull(PageFrame.of(title + "@@stages-part:results", "text/html", expected), "a mark left open");
    }

    @Test
    void partsAreEncodedAsStringGetBytesEncodesThem() {
        java.util.Random random = new java.util.Random(7);
        char[] kinds = {'a', '<', '\u00e9', '\u00a0', '\u2013', '\u2019', '\u202f', '\uffff', '\uD83D', '\uDE00'};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(kinds[random.nextInt(kinds.length)]); // pairs, lone halves in both orders, at the ends
            }
            String part = text.toString();
            byte[] expected = part.getBytes(StandardCharsets.UTF_8);
            byte[] written = new byte[PageFrame.utf8Length(part) + 2];
            int end = PageFrame.utf8(part, written, 1);
            assertEquals(expected.length, PageFrame.utf8Length(part), part);
            assertEquals(expected.length + 1, end, part);
            org.junit.jupiter.api.Assertions.assertArrayEquals(expected,
                    java.util.Arrays.copyOfRange(written, 1, end), part);
        }
    }

    @Test
    void aPartEndingOnHalfACharacterDoesNotSpillIntoTheFrame() {
        PageFrame frame = PageFrame.of("a" + PageFrame.mark("x") + "é", "text/html", Set.of("x"));
        assertEquals("a?é", filled(frame, Map.of("x", "\uD83D")), "a lone surrogate half: '?', as getBytes writes it");
    }
}
