package fr.stages.statistics.control;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The public audience counted since the last time it was taken: views of the search page and of each offer,
 * keywords searched, job families searched. In memory, so that counting a page costs no more than an addition
 * (the pages counted are mostly served from the page cache, thousands a second); Audience adds them to the
 * database about once a minute. Nothing that identifies a visitor is given here, hence nothing is kept.
 * <p>
 * Bounded: at most {@link #MAX_KEYS} distinct offers, keywords or job families between two takings (more are not
 * counted: a robot inventing keywords cannot fill the memory). A view counted at the very instant the counts are
 * taken may land in the old counts after they were read and be lost: a measure of audience, not a ledger.
 */
public final class AudienceCounts {

    public static final int MAX_KEYS = 20_000;
    /** Keywords are kept up to this length (the search's own box takes 200: longer ones are not counted). */
    public static final int MAX_KEYWORDS = 100;
    /**
     * An e-mail or web address, a telephone (ten digits, or five pairs), a social security number (eleven digits
     * or more, however spaced): never kept, whatever was typed around them. A postal code and a year are kept.
     */
    private static final Pattern PERSONAL = Pattern.compile("@|https?:|www\\.|\\+\\d|\\d{9,}|\\d{2}([ .-]\\d{2}){4}");
    private static final Pattern NUMBERS = Pattern.compile("\\d[\\d .-]*\\d");

    /** Counts between two takings. */
    public record Taken(long searchViews, Map<Long, Long> offerViews, Map<String, Long> keywords,
                        Map<Long, Long> jobFamilies) {

        public boolean isEmpty() {
            return searchViews == 0 && offerViews.isEmpty() && keywords.isEmpty() && jobFamilies.isEmpty();
        }
    }

    private static final class Window {
        final LongAdder searchViews = new LongAdder();
        final Map<Long, LongAdder> offerViews = new ConcurrentHashMap<>();
        final Map<String, LongAdder> keywords = new ConcurrentHashMap<>();
        final Map<Long, LongAdder> jobFamilies = new ConcurrentHashMap<>();
    }

    private final AtomicReference<Window> window = new AtomicReference<>(new Window());

    /** A view of the search page (any of its pages of results, any order). */
    public void searchViewed() {
        window.get().searchViews.increment();
    }

    public void offerViewed(long offerId) {
        add(window.get().offerViews, offerId);
    }

    /** A search asked for (its first page): its keywords (may be null) and the job families it is narrowed to. */
    public void searched(String keywords, Set<Long> jobFamilies) {
        Window w = window.get();
        String words = keywords(keywords);
        if (words != null) {
            add(w.keywords, words);
        }
        for (Long family : jobFamilies) {
            add(w.jobFamilies, family);
        }
    }

    /** The counts so far, the next ones starting from zero. */
    public Taken take() {
        Window w = window.getAndSet(new Window());
        return new Taken(w.searchViews.sum(), sums(w.offerViews), sums(w.keywords), sums(w.jobFamilies));
    }

    /** Counts taken that could not be kept: added again to those counted since (within the same bounds). */
    public void giveBack(Taken taken) {
        Window w = window.get();
        w.searchViews.add(taken.searchViews());
        taken.offerViews().forEach((offer, n) -> add(w.offerViews, offer, n));
        taken.keywords().forEach((words, n) -> add(w.keywords, words, n));
        taken.jobFamilies().forEach((family, n) -> add(w.jobFamilies, family, n));
    }

    /**
     * Keywords as counted: lowercased, spaces made single, or null when there are none, when they are too long, or
     * when they look like something personal (an e-mail or web address, a long number such as a telephone).
     */
    public static String keywords(String typed) {
        if (typed == null) {
            return null;
        }
        String words = typed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH);
        if (words.isEmpty() || words.length() > MAX_KEYWORDS || PERSONAL.matcher(words).find()) {
            return null;
        }
        java.util.regex.Matcher numbers = NUMBERS.matcher(words);
        while (numbers.find()) {
            if (numbers.group().chars().filter(Character::isDigit).count() >= 11) {
                return null;
            }
        }
        return words;
    }

    private static <K> void add(Map<K, LongAdder> counts, K key) {
        add(counts, key, 1);
    }

    private static <K> void add(Map<K, LongAdder> counts, K key, long n) {
        LongAdder count = counts.get(key);
        if (count == null) {
            if (counts.size() >= MAX_KEYS) {
                return;
            }
            count = counts.computeIfAbsent(key, k -> new LongAdder());
        }
        count.add(n);
    }

    private static <K> Map<K, Long> sums(Map<K, LongAdder> counts) {
        Map<K, Long> sums = new java.util.HashMap<>();
        counts.forEach((key, count) -> sums.put(key, count.sum()));
        return sums;
    }
}
