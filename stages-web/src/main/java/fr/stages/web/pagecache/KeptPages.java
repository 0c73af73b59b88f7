package fr.stages.web.pagecache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The rendered public pages PublicPages keeps, least recently used first out: what describes each one in memory,
 * its gzipped body in a file of its own.
 * <p>
 * Why files: 10,000 offer pages online make ~45 MB of compressed HTML. Held in the Java heap they made its live set
 * 185 MB instead of ~140 MB, and the heap has to be twice its live set to run without full collections in a
 * loop: the server then needed more resident memory than issue 7 allows (bench/README.md). In files, the bodies
 * are read through the system's file cache, which the kernel shares and reclaims under pressure, like a reverse
 * proxy's cache. A file is never rewritten: a new rendering gets a new file, and the file is written before the
 * page is listed, so a reader never sees half a page; one deleted while being found (evicted, replaced) is a miss.
 * The directory is emptied when the application starts: what is there was rendered from offers that may have
 * changed since.
 * <p>
 * The pages read last also stay in memory, a few MB of them: opening and reading a file at each visit made the
 * home page, the frequent searches and the offer pages 13 to 41 % slower (bench/README.md), and those are the pages most read.
 */
final class KeptPages {

    private static final Logger LOG = Logger.getLogger(KeptPages.class.getName());

    /** A kept page: its status and type, the length of its body before and after gzip, what it was rendered from. */
    record Page(int status, String contentType, int length, int gzippedLength, String etag, long version,
                LocalDate day, Path file) {
        long weight() {
            return gzippedLength + 200L;
        }

        Page withFile(Path file) {
            return new Page(status, contentType, length, gzippedLength, etag, version, day, file);
        }
    }

    /** A page found, with its gzipped body. */
    record Found(Page page, byte[] gzipped) {
    }

    /** The memory for the pages read last, besides their files. */
    static final long HOT_BYTES = 4 * 1024 * 1024;

    private final Path directory;
    private final long budget;
    private final long hotBudget;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    /** The pages read last, with their bodies: each one is the page listed under its key, or gone at once. */
    private final Map<String, Found> hot = new LinkedHashMap<>(64, 0.75f, true);
    private final AtomicLong names = new AtomicLong();
    private long bytes;
    private long hotBytes;
    private boolean warned;

    /**
     * Keeps at most budget bytes of gzipped pages in directory, created or emptied here, and the last read of them
     * in memory too, hotBudget bytes at most.
     */
    KeptPages(Path directory, long budget, long hotBudget) {
        this.directory = directory;
        this.budget = budget;
        this.hotBudget = Math.min(hotBudget, budget);
        if (budget > 0) {
            try {
                Files.createDirectories(directory);
                empty();
            } catch (IOException e) {
                throw new IllegalStateException("Répertoire des pages gardées inutilisable : " + directory, e);
            }
        }
    }

    /** The page kept under key if it was rendered from this version of the offers on this day, or null. */
    Found find(String key, long version, LocalDate day) {
        Page page;
        synchronized (this) {
            page = pages.get(key);
            if (page == null || page.version() != version || !page.day().equals(day)) {
                return null;
            }
            Found held = hot.get(key);
            if (held != null) {
                return held;
            }
        }
        try {
            Found found = new Found(page, Files.readAllBytes(page.file()));
            holdInMemory(key, found);
            return found;
        } catch (NoSuchFileException e) {
            return null; // evicted or replaced since it was found; the caller renders it again
        } catch (IOException e) {
            warn("la lecture de " + page.file(), e);
            forget(key, page);
            return null;
        }
    }

    /**
     * Keeps the page under key, in place of any other, with its gzipped body (gzippedLength bytes); the oldest go
     * when the budget is exceeded. A page that cannot be written (disk full) is simply not kept: the visitor
     * already has it.
     */
    void keep(String key, Page described, byte[] gzipped) {
        if (budget <= 0 || gzipped.length > budget) {
            return;
        }
        Path file = directory.resolve(names.incrementAndGet() + ".gz");
        try {
            Files.write(file, gzipped, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            warn("l'écriture de " + file, e);
            delete(file);
            return;
        }
        Page page = described.withFile(file);
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            Page previous = pages.put(key, page);
            bytes += page.weight();
            if (previous != null) {
                bytes -= previous.weight();
                gone.add(previous.file());
                dropFromMemory(key);
            }
            var oldest = pages.entrySet().iterator();
            while (bytes > budget && oldest.hasNext()) {
                var evicted = oldest.next();
                bytes -= evicted.getValue().weight();
                gone.add(evicted.getValue().file());
                dropFromMemory(evicted.getKey());
                oldest.remove();
            }
        }
        gone.forEach(KeptPages::delete);
    }

    /** Keeps a page just read in memory too, if it is still the one listed under its key. */
    private synchronized void holdInMemory(String key, Found found) {
        if (pages.get(key) != found.page() || found.gzipped().length > hotBudget) {
            return;
        }
        Found previous = hot.put(key, found);
        hotBytes += found.gzipped().length - (previous == null ? 0 : previous.gzipped().length);
        var oldest = hot.values().iterator();
        while (hotBytes > hotBudget && oldest.hasNext()) {
            hotBytes -= oldest.next().gzipped().length;
            oldest.remove();
        }
    }

    private void dropFromMemory(String key) {
        Found held = hot.remove(key);
        if (held != null) {
            hotBytes -= held.gzipped().length;
        }
    }

    /** The bytes of the pages also held in memory (tests, operations). */
    synchronized long bytesInMemory() {
        return hotBytes;
    }

    /** How many pages are kept, and their gzipped bytes (tests, operations). */
    synchronized int count() {
        return pages.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Forgets every page and deletes their files (the application stops). */
    void clear() {
        List<Path> gone;
        synchronized (this) {
            gone = pages.values().stream().map(Page::file).toList();
            pages.clear();
            hot.clear();
            bytes = 0;
            hotBytes = 0;
        }
        gone.forEach(KeptPages::delete);
    }

    private void forget(String key, Page page) {
        synchronized (this) {
            if (pages.remove(key, page)) {
                bytes -= page.weight();
                dropFromMemory(key);
            }
        }
        delete(page.file());
    }

    private void empty() throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.gz")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Page gardée non supprimée : " + file, e);
        }
    }

    /** Once, not at every page: a full disk would otherwise fill the log as well. */
    private void warn(String what, IOException e) {
        boolean first;
        synchronized (this) {
            first = !warned;
            warned = true;
        }
        if (first) {
            LOG.log(Level.WARNING, "Pages publiques gardées : échec de " + what
                    + " ; les pages concernées sont rendues à chaque visite (message affiché une fois)", e);
        }
    }
}
