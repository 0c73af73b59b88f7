package fr.stages.web;

import fr.stages.platform.NotFoundException;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/** Answers that end a request with an HTTP status and the matching error page. */
public final class NotFoundPages {

    private NotFoundPages() {
    }

    /**
     * What the id of a URL names, as the finder sees it; or null, after answering 404, when the id is missing,
     * garbled, unknown or not visible to the caller (the finder throws NotFoundException).
     */
    public static <T> T find(String id, LongFunction<T> finder) {
        Optional<Long> parsed = parseId(id);
        if (parsed.isPresent()) {
            try {
                return finder.apply(parsed.get());
            } catch (NotFoundException e) {
                // answered as a missing id, below
            }
        }
        send();
        return null;
    }

    /** An id from a URL, or nothing when it is missing or not a positive number. */
    static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    /**
     * What a key of a URL names (a sending's random key), as the finder sees it; or null, after answering 404,
     * when the finder does not know it (NotFoundException).
     */
    public static <T> T findByKey(String key, Function<String, T> finder) {
        try {
            return finder.apply(key);
        } catch (NotFoundException e) {
            send();
            return null;
        }
    }

    public static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
