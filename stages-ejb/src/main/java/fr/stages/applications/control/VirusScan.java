package fr.stages.applications.control;

import fr.stages.platform.BusinessException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The optional virus scan of uploaded files by a clamd daemon (INSTREAM command over TCP). Off unless
 * server-config names the daemon (STAGES_CLAMD=host:port, system property stages.clamd); once on, it fails
 * closed: a file is kept only when clamd answers that it is clean — unreachable, slow or erring, it is refused.
 * The setting is read at each scan, so turning the scan on or off needs no redeployment.
 */
public final class VirusScan {

    private static final Logger LOG = Logger.getLogger(VirusScan.class.getName());
    /** clamd's default StreamMaxLength is 25 MB; chunks of 64 KB keep the exchange steady. */
    private static final int CHUNK = 64 * 1024;

    private VirusScan() {
    }

    /** The configured daemon, if the scan is on ("off", empty or absent: off). */
    static Optional<InetSocketAddress> daemon() {
        String value = System.getProperty("stages.clamd", "off").strip();
        if (value.isEmpty() || "off".equalsIgnoreCase(value)) {
            return Optional.empty();
        }
        int colon = value.lastIndexOf(':');
        try {
            return Optional.of(new InetSocketAddress(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1))));
        } catch (RuntimeException e) {
            // a wrong setting must not turn the scan off silently: every file is refused until it is fixed
            LOG.severe(() -> "stages.clamd mal formé (attendu hôte:port, ou off) : " + value);
            throw new BusinessException("document.scanUnavailable");
        }
    }

    /** Refuses the content if the scan is on and clamd does not say it is clean. */
    public static void check(byte[] content) {
        Optional<InetSocketAddress> daemon = daemon();
        if (daemon.isEmpty()) {
            return;
        }
        String answer;
        try {
            answer = scan(daemon.get(), content);
        } catch (IOException e) {
            LOG.severe(() -> "Analyse antivirus impossible (" + daemon.get() + ") : " + e + " ; fichier refusé");
            throw new BusinessException("document.scanUnavailable");
        }
        if (answer.endsWith("FOUND")) {
            LOG.warning(() -> "Fichier refusé par l'antivirus : " + answer);
            throw new BusinessException("document.infected");
        }
        if (!answer.endsWith(" OK")) {
            LOG.severe(() -> "Réponse inattendue de clamd (" + daemon.get() + ") : " + answer + " ; fichier refusé");
            throw new BusinessException("document.scanUnavailable");
        }
    }

    private static String scan(InetSocketAddress daemon, byte[] content) throws IOException {
        int timeout = Integer.getInteger("stages.clamd.timeout-ms", 10_000);
        try (Socket socket = new Socket()) {
            socket.connect(daemon, timeout);
            socket.setSoTimeout(timeout);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            for (int offset = 0; offset < content.length; offset += CHUNK) {
                int length = Math.min(CHUNK, content.length - offset);
                out.writeInt(length);
                out.write(content, offset, length);
            }
            out.writeInt(0);
            out.flush();
            return answer(socket.getInputStream());
        }
    }

    /** clamd's reply, up to its terminating NUL: "stream: OK", "stream: Name FOUND" or "… ERROR". */
    private static String answer(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < 1000) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
