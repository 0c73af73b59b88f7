package fr.stages.web.http;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response that holds back what the page writes, so that a filter can keep it, fill it or send it with headers
 * set after it is rendered. An error page or a redirection is not held: it goes on its way (passedOn).
 */
public final class CapturedResponse extends HttpServletResponseWrapper {

    /** What a page writes as bytes (rare: Faces writes characters). */
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    /** What Faces writes, as characters, encoded as it comes (Utf8Buffer says why). */
    private final Utf8Buffer text = new Utf8Buffer(64 * 1024);
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

    /** What the page wrote, in its charset. */
    public byte[] body() {
        if (writer != null) {
            writer.flush();
            byte[] utf8 = text.toByteArray();
            Charset charset = Charset.forName(getCharacterEncoding());
            // pages are UTF-8 (web.xml, f:view); a page that chose another charset is re-encoded
            return charset.equals(StandardCharsets.UTF_8) ? utf8
                    : new String(utf8, StandardCharsets.UTF_8).getBytes(charset);
        }
        return buffer.toByteArray();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    buffer.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    buffer.write(b, off, len);
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

    // the length is the filter's to say, and nothing reaches the client before the filter sends the page
    @Override
    public void setContentLength(int length) {
    }

    @Override
    public void setContentLengthLong(long length) {
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        text.reset();
    }

    @Override
    public void reset() {
        buffer.reset();
        text.reset();
        super.reset();
    }

    @Override
    public boolean isCommitted() {
        return passedOn && super.isCommitted();
    }
}
