package fr.stages.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A response that holds back what the page writes, so that a filter can keep it, fill it or send it with headers
 * set after it is rendered. An error page or a redirection is not held: it goes on its way (passedOn).
 */
public final class CapturedResponse extends HttpServletResponseWrapper {

    /**
     * What a page writes as bytes (the search page, filled from its frame, in one write), in an array sized by
     * the length the page announces: then kept as it is, without the copies of a growing stream.
     */
    private byte[] bytes = new byte[0];
    private int count;
    /**
     * What Faces writes, as characters, encoded as it comes (Utf8Buffer says why); made at the first character,
     * as a page written in bytes needs none (its 64 KB were the first allocation of a never-seen search, JFR).
     */
    private Utf8Buffer text;
    /** A length announced beyond this is not believed in advance (the array then grows as the page comes). */
    private static final long MAX_ANNOUNCED = 16L * 1024 * 1024;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean passedOn;
    private boolean setsCookie;

    public CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** An error page or a redirection, already on its way by the container: nothing was held. */
    public boolean passedOn() {
        return passedOn;
    }

    /** Whether the page set a cookie (then it is the visitor's own, not one to keep). */
    public boolean setsCookie() {
        return setsCookie;
    }

    /**
     * What the page wrote, in its charset: for a page written in bytes that filled the length it announced, the
     * array it was written into (not to be changed).
     */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
            byte[] utf8 = text.toByteArray();
            Charset charset = Charset.forName(getCharacterEncoding());
            // pages are UTF-8 (web.xml, f:view); a page that chose another charset is re-encoded
            return charset.equals(StandardCharsets.UTF_8) ? utf8
                    : new String(utf8, StandardCharsets.UTF_8).getBytes(charset);
        }
        return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
    }

    /** Room for length more bytes: what the page announced, or twice as much as now. */
    private void room(long length) {
        long needed = count + length;
        if (needed > bytes.length) {
            if (needed > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("page larger than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(needed, Math.min(2L * bytes.length, Integer.MAX_VALUE - 16)));
        }
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    room(1);
                    bytes[count++] = (byte) b;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    java.util.Objects.checkFromIndexSize(off, len, b.length);
                    room(len);
                    System.arraycopy(b, off, bytes, count, len);
                    count += len;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are written in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            text = new Utf8Buffer(64 * 1024);
            writer = new PrintWriter(text);
        }
        return writer;
    }

    @Override
    public void sendError(int status) throws IOException {
        passedOn = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedOn = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    // the length is the filter's to say, and nothing reaches the client before the filter sends the page; the
    // page's own announcement only sizes what holds it
    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (length > count && length <= MAX_ANNOUNCED) {
            room(length - count);
        }
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public void resetBuffer() {
        forget();
    }

    @Override
    public void reset() {
        forget();
        super.reset();
    }

    private void forget() {
        count = 0;
        if (text != null) {
            text.reset();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedOn && super.isCommitted();
    }
}
