package fr.stages.web.candidates;

import fr.stages.platform.NotFoundException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * What the candidate's downloads share: the id of the request read, and the business asked for the caller's own
 * thing of that id; not a number, another person's or none: 404, nothing said (the response is sent).
 */
final class Downloads {

    private Downloads() {
    }

    static <T> Optional<T> mine(String id, LongFunction<T> business, HttpServletResponse response) throws IOException {
        try {
            return Optional.of(business.apply(Long.parseLong(String.valueOf(id))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        } catch (EJBException e) {
            if (e.getCause() instanceof NotFoundException) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return Optional.empty();
            }
            throw e;
        }
    }
}
