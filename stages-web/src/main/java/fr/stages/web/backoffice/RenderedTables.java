package fr.stages.web.backoffice;

import fr.stages.statistics.entity.Dashboard;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A dashboard's tables and their HTML, kept as long as the dashboard itself is shared (statistics.control
 * .RecentDashboards: the same computation for 120 s): the agents who reload a dashboard get the tables already
 * written instead of formatting thousands of numbers again. By dashboard (scope, period, computation, target), language
 * and address (the exports' links name it); the last MAX of them.
 */
@ApplicationScoped
public class RenderedTables {

    private static final int MAX = 32;

    /** A dashboard's tables, and each one's HTML once written. */
    public record Tables(List<StatTable> tables, Map<String, String> html) {

        StatTable table(String id) {
            return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }

        String html(String key, Function<String, String> write) {
            return html.computeIfAbsent(key, write);
        }
    }

    private final Map<List<Object>, Tables> kept = new LinkedHashMap<>(MAX, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Tables> eldest) {
            return size() > MAX;
        }
    };

    /** The tables of that dashboard in that language for that address, made by tables() the first time. */
    public Tables of(Dashboard dashboard, String language, String address, Supplier<List<StatTable>> tables) {
        List<Object> key = Arrays.asList(dashboard.scope(), dashboard.period(), dashboard.computedAt(),
                dashboard.target(), language, address);
        synchronized (kept) {
            Tables found = kept.get(key);
            if (found != null) {
                return found;
            }
        }
        Tables made = new Tables(tables.get(), new ConcurrentHashMap<>());
        synchronized (kept) {
            kept.putIfAbsent(key, made);
            return kept.get(key);
        }
    }
}
