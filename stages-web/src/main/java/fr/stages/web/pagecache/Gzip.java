package fr.stages.web.pagecache;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Gzip (RFC 1952) at zlib's fastest level, through direct buffers and deflaters used again from page to page.
 * <p>
 * Why not {@code GZIPOutputStream}: on byte arrays, zlib runs inside a JNI critical section, and while a thread is
 * in one the parallel collector cannot empty the young generation: the other threads then allocate straight into
 * the old generation. With searches never seen before (each one rendered and compressed), the GC log showed one
 * young collection in thirteen started by the "GC locker", the old generation growing by ~1.5 MB between two young
 * collections, and a full collection every 25 to 50 s; with this class, ~1 in 1,500 and every ~95 s
 * (bench/README.md, "Mémoire"). On direct buffers zlib needs no critical section. A deflater used again also
 * spares the C allocator ~270 KB taken and given back per page.
 */
final class Gzip implements AutoCloseable {

    /** ID1, ID2, deflate, no flags, no time, fastest compression (XFL 4), operating system unknown. */
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 4, (byte) 0xff};
    private static final int CHUNK = 32 * 1024;

    /** Deflaters waiting for the next page: as many as pages compressed at once, at most the queue's capacity. */
    private final BlockingQueue<Worker> idle;
    private volatile boolean closed;

    Gzip(int maxIdle) {
        idle = new ArrayBlockingQueue<>(maxIdle);
    }

    /** The gzip form of body. */
    byte[] compress(byte[] body) {
        Worker worker = idle.poll();
        if (worker == null) {
            worker = new Worker();
        }
        try {
            return worker.gzip(body);
        } finally {
            if (closed || !idle.offer(worker)) {
                worker.end();
            }
        }
    }

    /** Gives the deflaters' native memory back now, not when the collector finds them (the application stops). */
    @Override
    public void close() {
        closed = true;
        for (Worker worker; (worker = idle.poll()) != null; ) {
            worker.end();
        }
    }

    /** How many deflaters wait for a page (tests). */
    int idle() {
        return idle.size();
    }

    private static final class Worker {
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true); // raw: header and trailer are ours
        private final CRC32 crc = new CRC32();
        private final ByteBuffer in = ByteBuffer.allocateDirect(CHUNK);
        private final ByteBuffer out = ByteBuffer.allocateDirect(CHUNK);
        private final byte[] copy = new byte[CHUNK];

        byte[] gzip(byte[] body) {
            deflater.reset();
            crc.reset();
            ByteArrayOutputStream result = new ByteArrayOutputStream(body.length / 4 + 64);
            result.write(HEADER, 0, HEADER.length);
            for (int offset = 0; offset < body.length; offset += CHUNK) {
                in.clear();
                in.put(body, offset, Math.min(CHUNK, body.length - offset)).flip();
                crc.update(in);
                in.rewind();
                deflater.setInput(in);
                while (!deflater.needsInput()) {
                    drain(result);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                drain(result);
            }
            littleEndian(result, (int) crc.getValue());
            littleEndian(result, body.length);
            return result.toByteArray();
        }

        private void drain(ByteArrayOutputStream result) {
            out.clear();
            deflater.deflate(out);
            out.flip();
            int length = out.remaining();
            out.get(copy, 0, length);
            result.write(copy, 0, length);
        }

        private static void littleEndian(ByteArrayOutputStream result, int value) {
            for (int shift = 0; shift < 32; shift += 8) {
                result.write(value >>> shift);
            }
        }

        void end() {
            deflater.end();
        }
    }
}
