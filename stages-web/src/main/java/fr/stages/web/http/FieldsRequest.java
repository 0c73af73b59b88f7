package fr.stages.web.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * A request whose parameters are the fields of a form read from its body by RequestBodies (the container never
 * parses these bodies), the query string's included.
 */
class FieldsRequest extends HttpServletRequestWrapper {

    private final Map<String, String[]> fields;

    /** The fields, read only, each name with its values in the order sent. */
    FieldsRequest(HttpServletRequest request, Map<String, String[]> fields) {
        super(request);
        this.fields = Collections.unmodifiableMap(fields);
    }

    @Override
    public String getParameter(String name) {
        String[] values = fields.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return fields;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(fields.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = fields.get(name);
        return values == null ? null : values.clone();
    }
}
