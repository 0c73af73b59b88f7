package fr.stages.platform;

/**
 * Names, titles and subjects end up in mail headers and on one line of a page: line breaks and other control
 * characters become spaces, so that a value can neither add a header nor break a layout.
 */
public final class SingleLine {

    private SingleLine() {
    }

    public static String of(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
