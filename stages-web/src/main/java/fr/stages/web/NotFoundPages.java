package fr.stages.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Answers that end a request with an HTTP status and the matching error page. */
public final class NotFoundPages {

    private NotFoundPages() {
    }

    /** An id from a URL, or nothing when it is missing or not a positive number. */
    public static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        long value = Long.parseLong(id);
        return value > 0 ? Optional.of(value) : Optional.empty();
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
