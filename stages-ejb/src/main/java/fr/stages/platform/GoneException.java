package fr.stages.platform;

/**
 * The thing was public and is not any more (an offer filled, expired or unpublished): pages answer 410 and help
 * the visitor further, where a thing that never was public answers 404.
 */
public class GoneException extends NotFoundException {

    private final String title;

    public GoneException(String what, String title) {
        super(what);
        this.title = title;
    }

    /** What the thing was called, for the page that says it is gone. */
    public String title() {
        return title;
    }
}
