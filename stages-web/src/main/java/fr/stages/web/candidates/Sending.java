package fr.stages.web.candidates;

import fr.stages.applications.control.PdfCheck;
import fr.stages.applications.entity.Upload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * A candidate form's multipart sending, read by Commons FileUpload's streaming parser within limits, as it
 * arrives: fields as text, each file as at most the bytes the business needs to judge it (one more than its
 * limit: enough to refuse a bigger one without keeping it). Nothing is written to disk, so nothing is left
 * behind; the container never parses these bodies (Payara keeps the parts it parses forever, payara/Payara#6324:
 * the Faces servlet has no multipart-config).
 */
final class Sending {

    /** Two files of 10 MB and the fields: above the 5 MB per file the business explains with its own message. */
    static final long MAX_BYTES = 21L * 1024 * 1024;
    /** A form has about fifteen fields and two files; far more parts is not a browser. */
    static final int MAX_PARTS = 200;
    /** The longest field is the 5,000-character message. */
    static final int MAX_FIELD_BYTES = 64 * 1024;
    /**
     * A sending over the limit is still read (and thrown away) up to this size, so that the browser, which
     * sends the whole body before it reads the answer, gets the redirect instead of a reset connection.
     */
    static final long DRAINED_BYTES = 64L * 1024 * 1024;

    /** The sending is over MAX_BYTES. */
    static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;
    }

    /** The body is not a well-formed multipart form, or not one a browser sends (too many parts, too long a field). */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }

    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final Map<String, Upload> files = new HashMap<>();

    private Sending() {
    }

    /** Whether the request is a form with files posted (the only sendings read here; the rest goes to Faces). */
    static boolean isMultipartPost(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads the request's body. A failure of the body itself (the client too slow, gone) is thrown as it came,
     * for the filters that measure the body.
     */
    static Sending read(HttpServletRequest request) throws IOException, TooLargeException, MalformedException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            drain(request.getInputStream());
            throw new TooLargeException();
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(MAX_BYTES);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        Sending sending = new Sending();
        try {
            FileItemInputIterator items = upload.getItemIterator(request);
            int count = 0;
            for (; items.hasNext(); count++) {
                if (count == MAX_PARTS) {
                    throw new MalformedException("more than " + MAX_PARTS + " parts");
                }
                sending.add(items.next());
            }
            if (count == 0) { // the parser reads a body without its boundary as an empty form: no browser sends one
                throw new MalformedException("no part");
            }
            return sending;
        } catch (FileUploadException e) {
            // the body over our size limit; any other limit of the parser (a part's headers too long) is no browser's
            FileUploadSizeException size = cause(e, FileUploadSizeException.class);
            if (size != null && size.getPermitted() == MAX_BYTES) {
                drain(request.getInputStream());
                throw new TooLargeException();
            }
            if (size != null || !(e.getCause() instanceof IOException io) || io instanceof FileUploadException) {
                throw new MalformedException(e.getMessage());
            }
            throw io; // the body's own failure, wrapped by the parser
        }
    }

    private void add(FileItemInput item) throws IOException, MalformedException {
        try (InputStream in = item.getInputStream()) {
            if (item.isFormField()) {
                byte[] value = in.readNBytes(MAX_FIELD_BYTES + 1);
                if (value.length > MAX_FIELD_BYTES) {
                    throw new MalformedException("field " + item.getFieldName() + " over " + MAX_FIELD_BYTES + " bytes");
                }
                fields.computeIfAbsent(item.getFieldName(), n -> new ArrayList<>())
                        .add(new String(value, StandardCharsets.UTF_8));
            } else if (!files.containsKey(item.getFieldName())) { // a file field sent twice: the first, as browsers send one
                byte[] content = in.readNBytes(PdfCheck.MAX_BYTES + 1); // the rest is skipped by the parser
                String name = item.getName();
                files.put(item.getFieldName(), content.length == 0 && (name == null || name.isBlank()) ? null
                        : new Upload(name, content));
            }
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static void drain(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = body.read(buffer); read >= 0 && total < DRAINED_BYTES; read = body.read(buffer)) {
            total += read;
        }
    }

    /** A field as the form sent it, its first value; null when absent or empty. */
    String text(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    /** Every value of a field (the boxes ticked of a list), in the order sent. */
    List<String> values(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** Every field, as sent: what the form shows again when it is refused. */
    Map<String, List<String>> fields() {
        return fields;
    }

    /** The file of that field; null when none was chosen. */
    Upload file(String name) {
        return files.get(name);
    }
}
