package fr.stages.web;

import jakarta.activation.DataSource;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.SharedFileInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate form's multipart sending, read by the application instead of the container (Payara keeps the
 * parts it parses forever: see UploadsFilter). The body goes to a temporary file, within a size limit, and is
 * split by Jakarta Mail's MIME parser reading from that file, so files never sit in the heap; fields become
 * request parameters and files become Parts, as Faces expects them. Close it to delete the file.
 */
final class MultipartForm implements Closeable {

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

    private final Path file;
    private final List<Closeable> streams = new ArrayList<>();
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<Part> parts = new ArrayList<>();

    private MultipartForm(Path file) {
        this.file = file;
    }

    /**
     * Reads the request's body. Throws TooLargeException over the limit, MessagingException when the body is
     * not a well-formed multipart form (or has too many parts or too long a field); the file is gone then.
     */
    static MultipartForm read(HttpServletRequest request, File directory)
            throws IOException, TooLargeException, MessagingException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            drain(request.getInputStream(), 0);
            throw new TooLargeException();
        }
        MultipartForm form = new MultipartForm(Files.createTempFile(directory.toPath(), "envoi-", ".tmp"));
        try {
            form.copy(request.getInputStream());
            form.split(request.getContentType());
            return form;
        } catch (IOException | TooLargeException | MessagingException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    private void copy(InputStream body) throws IOException, TooLargeException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
                total += read;
                if (total > MAX_BYTES) {
                    drain(body, total);
                    throw new TooLargeException();
                }
                out.write(buffer, 0, read);
            }
        }
    }

    private static void drain(InputStream body, long alreadyRead) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = alreadyRead;
        for (int read = body.read(buffer); read >= 0 && total < DRAINED_BYTES; read = body.read(buffer)) {
            total += read;
        }
    }

    private void split(String contentType) throws IOException, MessagingException {
        MimeMultipart multipart = new MimeMultipart(new DataSource() {
            @Override
            public InputStream getInputStream() throws IOException {
                SharedFileInputStream in = new SharedFileInputStream(file.toFile());
                streams.add(in);
                return in;
            }

            @Override
            public OutputStream getOutputStream() {
                throw new UnsupportedOperationException("read only");
            }

            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public String getName() {
                return "form";
            }
        });
        int count = multipart.getCount();
        if (count > MAX_PARTS) {
            throw new MessagingException(count + " parts");
        }
        for (int i = 0; i < count; i++) {
            BodyPart body = multipart.getBodyPart(i);
            String[] disposition = body.getHeader("Content-Disposition");
            if (disposition == null) {
                throw new MessagingException("a part without Content-Disposition");
            }
            ContentDisposition header = new ContentDisposition(disposition[0]);
            String name = utf8(header.getParameter("name"));
            String fileName = header.getParameter("filename");
            if (name == null) {
                throw new MessagingException("a part without name");
            }
            if (fileName == null) {
                byte[] value;
                try (InputStream in = body.getInputStream()) {
                    value = in.readNBytes(MAX_FIELD_BYTES + 1);
                }
                if (value.length > MAX_FIELD_BYTES) {
                    throw new MessagingException("field " + name + " too long");
                }
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new String(value, StandardCharsets.UTF_8));
            } else {
                parts.add(new FilePart(name, utf8(fileName), body));
            }
        }
    }

    /** Header parameters are read as Latin-1 bytes; browsers send the file's name in UTF-8. */
    private static String utf8(String value) {
        return value == null ? null : new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** The request as Faces reads it: the query string's parameters, the form's fields, its files as Parts. */
    HttpServletRequest wrap(HttpServletRequest request) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        fields.forEach((name, values) -> {
            List<String> all = new ArrayList<>(List.of(parameters.getOrDefault(name, new String[0])));
            all.addAll(values);
            parameters.put(name, all.toArray(String[]::new));
        });
        Map<String, String[]> readOnly = Collections.unmodifiableMap(parameters);
        List<Part> files = List.copyOf(parts);
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = readOnly.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return readOnly;
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(readOnly.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                String[] values = readOnly.get(name);
                return values == null ? null : values.clone();
            }

            @Override
            public Collection<Part> getParts() {
                return files;
            }

            @Override
            public Part getPart(String name) {
                return files.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
            }
        };
    }

    @Override
    public void close() {
        for (Closeable stream : streams) {
            try {
                stream.close();
            } catch (IOException e) {
                // nothing more to release
            }
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(MultipartForm.class.getName())
                    .warning(() -> "Fichier temporaire non supprimé : " + file + " : " + e.getMessage());
        }
    }

    /** A file of the form, read from the temporary file when asked. */
    private record FilePart(String name, String fileName, BodyPart body) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            try {
                return body.getInputStream();
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        }

        @Override
        public String getContentType() {
            try {
                return body.getContentType();
            } catch (MessagingException e) {
                return null;
            }
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public String getSubmittedFileName() {
            return fileName;
        }

        @Override
        public long getSize() {
            try {
                return Math.max(0, body.getSize());
            } catch (MessagingException e) {
                return 0;
            }
        }

        @Override
        public void write(String fileName) {
            throw new UnsupportedOperationException("files are read, never written to disk by name");
        }

        @Override
        public void delete() {
            // the whole sending's temporary file is deleted when the form is closed
        }

        @Override
        public String getHeader(String header) {
            try {
                String[] values = body.getHeader(header);
                return values == null ? null : values[0];
            } catch (MessagingException e) {
                return null;
            }
        }

        @Override
        public Collection<String> getHeaders(String header) {
            try {
                String[] values = body.getHeader(header);
                return values == null ? List.of() : List.of(values);
            } catch (MessagingException e) {
                return List.of();
            }
        }

        @Override
        public Collection<String> getHeaderNames() {
            try {
                List<String> names = new ArrayList<>();
                body.getAllHeaders().asIterator().forEachRemaining(h -> names.add(h.getName()));
                return names;
            } catch (MessagingException e) {
                return List.of();
            }
        }
    }
}
