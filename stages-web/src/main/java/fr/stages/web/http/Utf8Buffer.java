package fr.stages.web.http;

import java.io.Writer;
import java.util.Arrays;

/**
 * A page written as characters and kept as UTF-8 bytes, encoded as it is written. Gathering the characters in a
 * StringBuilder and encoding them at the end copied each page three times (the builder widens itself to two bytes
 * a character at the first dash or ellipsis, toString copies it, getBytes encodes it): about 6 % of the processor
 * time of a never-seen search page (JFR). Characters that are not text (a surrogate half without the other) are
 * written '?', as String.getBytes does.
 */
final class Utf8Buffer extends Writer {

    private byte[] bytes;
    private int length;
    /** The first half of a surrogate pair, when a write ended between the two halves; 0 otherwise. */
    private char high;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 16)];
    }

    @Override
    public void write(char[] chars, int off, int len) {
        room(len);
        for (int i = off; i < off + len; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) {
        room(len);
        for (int i = off; i < off + len; i++) {
            put(text.charAt(i));
        }
    }

    @Override
    public void write(int c) {
        room(1);
        put((char) c);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Forgets what was written. */
    void reset() {
        length = 0;
        high = 0;
    }

    /** What was written, encoded (a pair left half-written counts as one unknown character). */
    byte[] toByteArray() {
        if (high != 0) {
            room(0);
            bytes[length++] = '?';
            high = 0;
        }
        return Arrays.copyOf(bytes, length);
    }

    /** Enough room for len more characters, at three bytes each at most, and a pair's four bytes. */
    private void room(int len) {
        long needed = (long) length + 3L * len + 4;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("page larger than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(2L * bytes.length, Integer.MAX_VALUE - 16)));
        }
    }

    private void put(char c) {
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int point = Character.toCodePoint(first, c);
                bytes[length++] = (byte) (0xF0 | point >> 18);
                bytes[length++] = (byte) (0x80 | point >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | point >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | point & 0x3F);
                return;
            }
            bytes[length++] = '?';
        }
        if (c < 0x80) {
            bytes[length++] = (byte) c;
        } else if (c < 0x800) {
            bytes[length++] = (byte) (0xC0 | c >> 6);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            bytes[length++] = '?';
        } else {
            bytes[length++] = (byte) (0xE0 | c >> 12);
            bytes[length++] = (byte) (0x80 | c >> 6 & 0x3F);
            bytes[length++] = (byte) (0x80 | c & 0x3F);
        }
    }
}
