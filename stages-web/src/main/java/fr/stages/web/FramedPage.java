package fr.stages.web;

import java.util.Set;

/**
 * A page that PublicPages serves from its {@link PageFrame}: rendered once by Faces with marks where it differs
 * from one request to the next, then completed for each request by the parts it gives here.
 */
public interface FramedPage {

    /** The names of the parts the page's frame holds, each once. */
    Set<String> parts();

    /** A part for the current request, as HTML ready to write (escaped as Faces escapes it at that place). */
    String part(String name);
}
