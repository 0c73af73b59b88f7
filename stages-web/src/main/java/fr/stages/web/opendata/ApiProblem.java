package fr.stages.web.opendata;

import fr.stages.web.Texts;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What went wrong with an API request, as the API says it: an HTTP status, a stable code for programs, the
 * parameter at fault when there is one, and the explanation in French and in English (texts api.error.*).
 */
final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String parameter;
    private final String key;
    private final Object[] arguments;

    ApiProblem(int status, String code, String parameter, String key, Object... arguments) {
        super(code + (parameter == null ? "" : " " + parameter), null, false, false);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
        this.key = key;
        this.arguments = arguments;
    }

    /** A parameter the API does not take as it was given. */
    static ApiProblem parameter(String parameter, String key, Object... arguments) {
        return new ApiProblem(400, "invalid_parameter", parameter, key, arguments);
    }

    int status() {
        return status;
    }

    void send(HttpServletResponse response) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        try (JsonGenerator json = OfferJson.generator(response.getOutputStream())) {
            json.writeStartObject().writeStartObject("error");
            json.write("status", status);
            json.write("code", code);
            if (parameter != null) {
                json.write("parameter", parameter);
            }
            json.writeStartObject("message")
                    .write("fr", text(Locale.FRENCH))
                    .write("en", text(Locale.ENGLISH))
                    .writeEnd();
            json.writeEnd().writeEnd();
        }
    }

    private String text(Locale locale) {
        String pattern = ResourceBundle.getBundle(Texts.BUNDLE, locale).getString("api.error." + key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
