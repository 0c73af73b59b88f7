package fr.stages.web;

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
 */
final class KeptPages {

    private static final Logger LOG = Logger.getLogger(KeptPages.class.getName());

    /** A kept page: its status and type, the length of its body before and after gzip, what it was rendered from. */
    record Page(int status, String contentType, int length, int gzippedLength, String etag, long version,
                LocalDate day, Path file) {
        long weight() {
            return gzippedLength + 200L;
        }
    }

    /** A page found, with its gzipped body. */
    record Found(Page page, byte[] gzipped) {
    }

    private final Path directory;
    private final long budget;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private final AtomicLong names = new AtomicLong();
    private long bytes;
    private boolean warned;

    /** Keeps at most budget bytes of gzipped pages in directory, created or emptied here. */
    KeptPages(Path directory, long budget) {
        this.directory = directory;
        this.budget = budget;
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
        }
        if (page == null || page.version() != version || !page.day().equals(day)) {
            return null;
        }
        try {
            return new Found(page, Files.readAllBytes(page.file()));
        } catch (NoSuchFileException e) {
            return null; // evicted or replaced since it was found; the caller renders it again
        } catch (IOException e) {
            warn("la lecture de " + page.file(), e);
            forget(key, page);
            return null;
        }
    }

    /**
     * Keeps the page under key, in place of any other; the oldest go when the budget is exceeded. A page that
     * cannot be written (disk full) is simply not kept: the visitor already has it.
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
        Page page = new Page(described.status(), described.contentType(), described.length(), gzipped.length,
                described.etag(), described.version(), described.day(), file);
        List<Path> gone = new ArrayList<>();
        synchronized (this) {
            Page previous = pages.put(key, page);
            bytes += page.weight();
            if (previous != null) {
                bytes -= previous.weight();
                gone.add(previous.file());
            }
            var oldest = pages.values().iterator();
            while (bytes > budget && oldest.hasNext()) {
                Page evicted = oldest.next();
                bytes -= evicted.weight();
                gone.add(evicted.file());
                oldest.remove();
            }
        }
        gone.forEach(KeptPages::delete);
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
            bytes = 0;
        }
        gone.forEach(KeptPages::delete);
    }

    private void forget(String key, Page page) {
        synchronized (this) {
            if (pages.remove(key, page)) {
                bytes -= page.weight();
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
