package fr.stages.web.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BufferTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The text written in one go through a buffer smaller than it. */
    private static byte[] written(String text) {
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write(text, 0, text.length());
        return buffer.toByteArray();
    }

    @Test
    void encodesEveryWidthAsStringDoes() {
        String text = "Stage <b>« Jardinier »</b> – Paris 12e… l’été, 35 h, 😀 fin";
        assertArrayEquals(utf8(text), written(text));
    }

    @Test
    void aPairSplitBetweenTwoWritesIsOneCharacter() {
        String text = "a😀b";
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write(text.toCharArray(), 0, 2); // "a" and the first half
        buffer.write(text.toCharArray(), 2, 2); // the second half and "b"
        assertArrayEquals(utf8(text), buffer.toByteArray());
    }

    @Test
    void halvesWithoutTheirOtherHalfAreQuestionMarks() {
        String text = "a\uD83Db\uDE00c\uD83D";
        assertArrayEquals(utf8(text), written(text));
        assertArrayEquals(utf8("a?b?c?"), utf8(text), "what String.getBytes does, checked here");
    }

    @Test
    void growsBeyondItsFirstCapacityAndWritesSingleCharacters() {
        StringBuilder expected = new StringBuilder();
        Utf8Buffer buffer = new Utf8Buffer(16);
        for (int i = 0; i < 20_000; i++) {
            char c = "aé–\u4E2D".charAt(i % 4);
            expected.append(c);
            buffer.write(c);
        }
        String page = "x".repeat(100_000) + "é".repeat(50_000);
        expected.append(page);
        buffer.write(page.toCharArray(), 0, page.length());
        assertArrayEquals(utf8(expected.toString()), buffer.toByteArray());
    }

    @Test
    void resetForgetsWhatWasWritten() {
        Utf8Buffer buffer = new Utf8Buffer(16);
        buffer.write("rendu interrompu \uD83D", 0, 18);
        buffer.reset();
        buffer.write("page", 0, 4);
        assertArrayEquals(utf8("page"), buffer.toByteArray());
    }
}
