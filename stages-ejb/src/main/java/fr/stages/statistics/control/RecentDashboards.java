package fr.stages.statistics.control;

import fr.stages.statistics.entity.Dashboard;
import fr.stages.statistics.entity.StatisticsPeriod;
import fr.stages.statistics.entity.StatisticsScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Dashboards computed in the last minutes (stages.statistics.cache-seconds, 120 by default), by scope and period.
 * Why: on the national volume a school year of the whole city reads a third of a million applications (about two
 * seconds of the database's time, bench/README.md), and agents of one direction open the same dashboard at the
 * same time of the week. Those who ask while it is being computed wait for that computation instead of starting
 * their own, and each dashboard says when it was computed. Per instance, in memory; a few dozen entries at most.
 */
public final class RecentDashboards {

    private static final int MAX = 200;

    private record Entry(long at, CompletableFuture<Dashboard> dashboard) {
    }

    private final Map<List<Object>, Entry> entries = new ConcurrentHashMap<>();
    private final long keepNanos;

    public RecentDashboards(Duration keep) {
        this.keepNanos = keep.toNanos();
    }

    /** The dashboard of that scope and period computed lately, or computed now by the caller's thread. */
    public Dashboard get(StatisticsScope scope, StatisticsPeriod period, Supplier<Dashboard> compute) {
        List<Object> key = java.util.Arrays.asList(scope.directionId(), scope.serviceId(), period.from(), period.to());
        long now = System.nanoTime();
        CompletableFuture<Dashboard> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old != null && (keepNanos > 0 && now - old.at() < keepNanos
                || !old.dashboard().isDone()) ? old : new Entry(now, mine));
        if (entry.dashboard() == mine) {
            if (entries.size() > MAX) {
                entries.entrySet().removeIf(e -> e.getValue().dashboard().isDone() && now - e.getValue().at() >= keepNanos);
            }
            try {
                mine.complete(compute.get());
            } catch (RuntimeException e) {
                entries.remove(key, entry); // not kept: the next one tries again
                mine.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return entry.dashboard().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
