package fr.stages.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A candidate form's multipart sending, read by the application instead of the container (Payara keeps the
 * parts it parses forever: see UploadsFilter). The body is split as it arrives: fields become request
 * parameters, and the files' bytes go to one temporary file, within size limits, so that files never sit in
 * the heap; files become Parts read from that file, as Faces expects them. Close it to delete the file.
 * <p>
 * Its own parser (RFC 7578: parts between "--boundary" lines, each with its headers) rather than Jakarta Mail's
 * MimeMultipart over a copy of the whole body: that copy and parse were a fifth of the server's work per
 * application in the S4 benchmark (200 KB CVs).
 */
final class MultipartForm implements Closeable {

    /** Two files of 10 MB and the fields: above the 5 MB per file the business explains with its own message. */
    static final long MAX_BYTES = 21L * 1024 * 1024;
    /** A form has about fifteen fields and two files; far more parts is not a browser. */
    static final int MAX_PARTS = 200;
    /** The longest field is the 5,000-character message. */
    static final int MAX_FIELD_BYTES = 64 * 1024;
    /** A part's headers: a name, a file name and a type fit in far less. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    /**
     * A sending over the limit is still read (and thrown away) up to this size, so that the browser, which
     * sends the whole body before it reads the answer, gets the redirect instead of a reset connection.
     */
    static final long DRAINED_BYTES = 64L * 1024 * 1024;

    private static final byte[] HEADERS_END = {'\r', '\n', '\r', '\n'};

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

    private final Path file;
    private final List<Closeable> streams = new ArrayList<>();
    private final Map<String, List<String>> fields = new LinkedHashMap<>();
    private final List<Part> parts = new ArrayList<>();

    private MultipartForm(Path file) {
        this.file = file;
    }

    /**
     * Reads the request's body. Throws TooLargeException over the limit, MalformedException when the body is
     * not a well-formed multipart form (or has too many parts or too long a field); the file is gone then.
     */
    static MultipartForm read(HttpServletRequest request, File directory)
            throws IOException, TooLargeException, MalformedException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            drain(request.getInputStream(), 0);
            throw new TooLargeException();
        }
        byte[] boundary = boundary(request.getContentType());
        MultipartForm form = new MultipartForm(Files.createTempFile(directory.toPath(), "envoi-", ".tmp"));
        try (FileChannel files = FileChannel.open(form.file, StandardOpenOption.WRITE)) {
            new Splitter(request.getInputStream(), boundary, form, Channels.newOutputStream(files)).split();
            return form;
        } catch (IOException | TooLargeException | MalformedException | RuntimeException e) {
            form.close();
            throw e;
        }
    }

    private static void drain(InputStream body, long alreadyRead) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = alreadyRead;
        for (int read = body.read(buffer); read >= 0 && total < DRAINED_BYTES; read = body.read(buffer)) {
            total += read;
        }
    }

    /** The boundary parameter of multipart/form-data (RFC 2046: 1 to 70 characters), as bytes. */
    static byte[] boundary(String contentType) throws MalformedException {
        if (contentType == null) {
            throw new MalformedException("no content type");
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("boundary")) {
                String value = pair[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.isEmpty() || value.length() > 70 || !StandardCharsets.US_ASCII.newEncoder().canEncode(value)) {
                    throw new MalformedException("boundary " + value);
                }
                return value.getBytes(StandardCharsets.US_ASCII);
            }
        }
        throw new MalformedException("no boundary in " + contentType);
    }

    /**
     * Splits the body as it is read. A part ends where "CRLF--boundary" starts: the buffer is searched for that
     * delimiter, and the bytes that might begin one (its length less one) are kept for the next read. A CRLF is
     * put before the body so that the first delimiter, at the very start, is found the same way.
     */
    private static final class Splitter {

        private final InputStream body;
        private final byte[] delimiter;
        private final MultipartForm form;
        private final OutputStream files;
        private final byte[] buffer;
        private int start;
        private int end;
        private long total;
        private boolean ended;
        private long written;
        private int count;

        /** The part being read: a field's bytes, or a file's place in the temporary file. */
        private String name;
        private String fileName;
        private Map<String, List<String>> headers;
        private ByteArrayOutputStream field;
        private long fileStart;

        Splitter(InputStream body, byte[] boundary, MultipartForm form, OutputStream files) {
            this.body = body;
            this.delimiter = new byte[boundary.length + 4];
            delimiter[0] = '\r';
            delimiter[1] = '\n';
            delimiter[2] = '-';
            delimiter[3] = '-';
            System.arraycopy(boundary, 0, delimiter, 4, boundary.length);
            this.form = form;
            this.files = files;
            this.buffer = new byte[64 * 1024];
            buffer[0] = '\r';
            buffer[1] = '\n';
            end = 2;
        }

        void split() throws IOException, TooLargeException, MalformedException {
            boolean inPart = false; // the preamble, before the first delimiter, is thrown away
            while (true) {
                int found = indexOf(delimiter, start);
                if (found < 0) {
                    int keep = Math.min(end - start, delimiter.length - 1);
                    if (inPart) {
                        content(end - keep);
                    }
                    start = end - keep;
                    if (!fill()) {
                        throw new MalformedException("no closing delimiter");
                    }
                    continue;
                }
                if (inPart) {
                    content(found);
                    finishPart();
                }
                start = found + delimiter.length;
                require(2);
                if (buffer[start] == '-' && buffer[start + 1] == '-') {
                    drain(body, total); // the epilogue, if any, means nothing
                    files.flush();
                    return;
                }
                while (true) { // transport padding after the boundary, then the end of its line
                    require(1);
                    if (buffer[start] != ' ' && buffer[start] != '\t') {
                        break;
                    }
                    start++;
                }
                require(2);
                if (buffer[start] != '\r' || buffer[start + 1] != '\n') {
                    throw new MalformedException("a delimiter line with more after it");
                }
                start += 2;
                startPart(headers());
                inPart = true;
            }
        }

        /** Makes at least n bytes from start available, or fails: the body ended too soon. */
        private void require(int n) throws IOException, TooLargeException, MalformedException {
            while (end - start < n) {
                if (!fill()) {
                    throw new MalformedException("body ended inside a delimiter or headers");
                }
            }
        }

        /** Moves what is left to the buffer's start and reads more; false at the body's end. */
        private boolean fill() throws IOException, TooLargeException {
            if (ended) {
                return false;
            }
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            if (end == buffer.length) {
                throw new IllegalStateException("the buffer is full: nothing was consumed"); // cannot happen
            }
            int read = body.read(buffer, end, buffer.length - end);
            if (read < 0) {
                ended = true;
                return false;
            }
            total += read;
            if (total > MAX_BYTES) {
                drain(body, total);
                throw new TooLargeException();
            }
            end += read;
            return true;
        }

        private int indexOf(byte[] wanted, int from) {
            int last = end - wanted.length;
            byte first = wanted[0];
            for (int i = from; i <= last; i++) {
                if (buffer[i] != first) {
                    continue;
                }
                int j = 1;
                while (j < wanted.length && buffer[i + j] == wanted[j]) {
                    j++;
                }
                if (j == wanted.length) {
                    return i;
                }
            }
            return -1;
        }

        /** The part's headers, up to the empty line; names in lower case, values decoded as UTF-8 as browsers send. */
        private Map<String, List<String>> headers() throws IOException, TooLargeException, MalformedException {
            require(2);
            Map<String, List<String>> read = new LinkedHashMap<>();
            if (buffer[start] == '\r' && buffer[start + 1] == '\n') { // the empty line right away: no header
                start += 2;
                return read;
            }
            int blank;
            while ((blank = indexOf(HEADERS_END, start)) < 0) {
                if (end - start > MAX_HEADER_BYTES) {
                    throw new MalformedException("headers too long");
                }
                if (!fill()) {
                    throw new MalformedException("body ended inside headers");
                }
            }
            if (blank - start > MAX_HEADER_BYTES) {
                throw new MalformedException("headers too long");
            }
            String text = new String(buffer, start, blank - start, StandardCharsets.UTF_8);
            start = blank + HEADERS_END.length;
            String previous = null;
            for (String line : text.split("\r\n")) {
                if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && previous != null) {
                    List<String> values = read.get(previous); // an old-style folded line continues the last header
                    values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new MalformedException("a header line without a name");
                }
                previous = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                read.computeIfAbsent(previous, k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
            }
            return read;
        }

        private void startPart(Map<String, List<String>> partHeaders) throws MalformedException {
            if (++count > MAX_PARTS) {
                throw new MalformedException("more than " + MAX_PARTS + " parts");
            }
            List<String> disposition = partHeaders.get("content-disposition");
            if (disposition == null) {
                throw new MalformedException("a part without Content-Disposition");
            }
            Map<String, String> parameters = dispositionParameters(disposition.get(0));
            name = parameters.get("name");
            if (name == null) {
                throw new MalformedException("a part without name");
            }
            fileName = parameters.get("filename");
            headers = partHeaders;
            field = fileName == null ? new ByteArrayOutputStream() : null;
            fileStart = written;
        }

        /** The part's bytes from start to that index. */
        private void content(int upTo) throws IOException, MalformedException {
            int length = upTo - start;
            if (length <= 0) {
                return;
            }
            if (field != null) {
                if (field.size() + length > MAX_FIELD_BYTES) {
                    throw new MalformedException("field " + name + " too long");
                }
                field.write(buffer, start, length);
            } else {
                files.write(buffer, start, length);
                written += length;
            }
            start = upTo;
        }

        private void finishPart() {
            if (field != null) {
                form.fields.computeIfAbsent(name, k -> new ArrayList<>()).add(field.toString(StandardCharsets.UTF_8));
            } else {
                form.parts.add(new FilePart(form, name, fileName, headers, fileStart, written - fileStart));
            }
        }
    }

    /**
     * The parameters of a Content-Disposition value (form-data; name="a"; filename="b"): names in lower case,
     * quoted values unquoted (a backslash escapes the next character; browsers write a quote as %22).
     */
    static Map<String, String> dispositionParameters(String value) throws MalformedException {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        if (i < 0) {
            return parameters;
        }
        while (i < value.length()) {
            i++; // past the ';'
            int equals = value.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i, equals).strip().toLowerCase(Locale.ROOT);
            i = equals + 1;
            while (i < value.length() && value.charAt(i) == ' ') {
                i++;
            }
            StringBuilder text = new StringBuilder();
            if (i < value.length() && value.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < value.length()) {
                    char c = value.charAt(i++);
                    if (c == '\\' && i < value.length()) {
                        text.append(value.charAt(i++));
                    } else if (c == '"') {
                        closed = true;
                        break;
                    } else {
                        text.append(c);
                    }
                }
                if (!closed) {
                    throw new MalformedException("an unclosed quoted value in " + value);
                }
                while (i < value.length() && value.charAt(i) != ';') {
                    i++;
                }
            } else {
                int semicolon = value.indexOf(';', i);
                int stop = semicolon < 0 ? value.length() : semicolon;
                text.append(value.substring(i, stop).strip());
                i = stop;
            }
            parameters.putIfAbsent(key, text.toString());
        }
        return parameters;
    }

    /** The request as Faces reads it: the query string's parameters, the form's fields, its files as Parts. */
    HttpServletRequest wrap(HttpServletRequest request) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        fields.forEach((name, values) -> {
            List<String> all = new ArrayList<>(List.of(parameters.getOrDefault(name, new String[0])));
            all.addAll(values);
            parameters.put(name, all.toArray(String[]::new));
        });
        List<Part> files = List.copyOf(parts);
        return new FieldsRequest(request, parameters) {
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

    /** A file of the form: its place in the temporary file, read from there when asked. */
    private record FilePart(MultipartForm form, String name, String fileName, Map<String, List<String>> headers,
                            long offset, long size) implements Part {

        @Override
        public InputStream getInputStream() throws IOException {
            FileChannel channel = FileChannel.open(form.file, StandardOpenOption.READ);
            form.streams.add(channel);
            channel.position(offset);
            InputStream all = Channels.newInputStream(channel);
            return new InputStream() {
                private long left = size;

                @Override
                public int read() throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int b = all.read();
                    if (b >= 0) {
                        left--;
                    }
                    return b;
                }

                @Override
                public int read(byte[] bytes, int from, int length) throws IOException {
                    if (left <= 0) {
                        return -1;
                    }
                    int read = all.read(bytes, from, (int) Math.min(length, left));
                    if (read > 0) {
                        left -= read;
                    }
                    return read;
                }

                @Override
                public void close() throws IOException {
                    channel.close();
                }
            };
        }

        @Override
        public String getContentType() {
            return getHeader("content-type");
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
            return size;
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
            List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        @Override
        public Collection<String> getHeaders(String header) {
            List<String> values = headers.get(header.toLowerCase(Locale.ROOT));
            return values == null ? List.of() : List.copyOf(values);
        }

        @Override
        public Collection<String> getHeaderNames() {
            return List.copyOf(headers.keySet());
        }
    }
}
