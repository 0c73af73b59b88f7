package fr.stages.spontaneous.boundary;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clamd stand-in speaking its INSTREAM protocol ("zINSTREAM\0", chunks of 4-byte length + bytes, a zero
 * length, then one NUL-terminated reply), answering what the test says.
 */
final class FakeClamd implements AutoCloseable {

    private final ServerSocket server;
    private final AtomicReference<String> answer = new AtomicReference<>("stream: OK");
    private final AtomicInteger scanned = new AtomicInteger();
    private volatile byte[] lastStream = new byte[0];

    FakeClamd() throws IOException {
        server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(this::serve, "fake-clamd");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    void answer(String reply) {
        answer.set(reply);
    }

    int scanned() {
        return scanned.get();
    }

    boolean lastStreamStartsWithPdf() {
        return lastStream.length > 4 && new String(lastStream, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-");
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                DataInputStream in = new DataInputStream(socket.getInputStream());
                byte[] command = new byte[10];
                in.readFully(command);
                if (!"zINSTREAM\0".equals(new String(command, StandardCharsets.US_ASCII))) {
                    continue;
                }
                ByteArrayOutputStream stream = new ByteArrayOutputStream();
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    byte[] chunk = new byte[length];
                    in.readFully(chunk);
                    stream.write(chunk);
                }
                lastStream = stream.toByteArray();
                scanned.incrementAndGet();
                OutputStream out = socket.getOutputStream();
                out.write((answer.get() + "\0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException e) {
                // closed by the test, or a client that gave up: next connection
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
