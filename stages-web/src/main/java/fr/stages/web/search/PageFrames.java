package fr.stages.web.search;

import fr.stages.web.http.CapturedResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The frames of one page (PageFrame), by name (its language, its address): each rendered by Faces the first time
 * it is asked for, with a request attribute set that has the page's beans write marks instead of their parts.
 * Used by the search page (SearchFrames) and « Mes candidatures » (web.candidates.MyApplicationsFrames).
 */
public final class PageFrames {

    private static final Logger LOG = Logger.getLogger(PageFrames.class.getName());

    private final String attribute;
    private final Set<String> parts;
    /** Empty for a frame that turned out unusable (a part missing or repeated): Faces then renders the page. */
    private final Map<String, Optional<PageFrame>> frames = new ConcurrentHashMap<>();

    /**
     * @param attribute the request attribute set while a frame renders
     * @param parts     the parts the frame must hold, each once
     */
    public PageFrames(String attribute, Set<String> parts) {
        this.attribute = attribute;
        this.parts = Set.copyOf(parts);
    }

    /**
     * The frame of that name, rendered by the rest of the chain the first time; null when it cannot be used, or
     * when its rendering went its own way (an error page, a redirection: the response is then on its way, and
     * nothing is kept).
     */
    public PageFrame get(String name, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<PageFrame> frame = frames.get(name);
        if (frame == null) {
            CapturedResponse capture = new CapturedResponse(response);
            request.setAttribute(attribute, Boolean.TRUE);
            try {
                chain.doFilter(request, capture);
            } finally {
                request.removeAttribute(attribute);
            }
            if (capture.passedOn()) {
                return null;
            }
            frame = Optional.ofNullable(response.getStatus() == 200 && !capture.setsCookie()
                    ? PageFrame.of(new String(capture.body(), StandardCharsets.UTF_8), response.getContentType(), parts)
                    : null);
            if (frame.isEmpty()) {
                LOG.warning(() -> "The frame of " + name + " lacks parts or repeats some: Faces renders the page");
            }
            frames.put(name, frame);
        }
        return frame.orElse(null);
    }
}
