package fr.stages.platform;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one notion of "what the public site shows has changed": the offers online and their facts, as the
 * search index holds them. Its version moves on the instance that commits a change of an offer (at once, before
 * the caller gets its answer) and on every instance whose search index takes a change (from the offer-changes
 * topic, or from the periodic check that finds a change made outside the application). Anything the web tier
 * keeps from public data (pages, names) is stale once the version it was made under is no longer the current one.
 * <p>
 * Static, read without the EJB container: public pages ask for it on every request, and an EJB call (its
 * interceptors and a transaction) was 13 % of the processor time of a page served from memory (JFR).
 */
public final class PublicData {

    private static final AtomicLong VERSION = new AtomicLong();

    private PublicData() {
    }

    /** The current version: only grows, and differs from every earlier one after a change. */
    public static long version() {
        return VERSION.get();
    }

    /** What the public site shows may have changed (called by the business that made or took the change). */
    public static void changed() {
        VERSION.incrementAndGet();
    }
}
