package fr.stages.search.control;

import fr.stages.platform.PublicData;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.OfferSlice;
import fr.stages.search.entity.ResultCursor;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The offers online, in memory: a Lucene index of their texts for keywords and relevance, and their facts for
 * filters, counts and sorting. Safe for concurrent searches while one thread updates it.
 * <p>
 * Laid out for speed (measured with 10,000 offers online): each offer's filter values are small integer codes
 * and its deadline a day number, computed once when it enters the index, and each Lucene document leads
 * straight to its offer; a search then runs tight loops over the matching offers only, without boxing or
 * hashing, and the ordered list of each filter's values is computed once per content and day.
 */
public final class OfferIndex implements AutoCloseable {

    private static final String KEY = "key";
    private static final String ID = "oid";
    private static final Filter[] FILTERS = Filter.values();
    /** Where a keyword counts most: the title, then the missions, then the profile, then the context. */
    private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("title", 4f);
        WEIGHTS.put("missions", 2f);
        WEIGHTS.put("profile", 1.5f);
        WEIGHTS.put("context", 1f);
        WEIGHTS.put("reference", 8f);
    }

    /** A typed word this long or longer also finds the words it begins (shorter ones would find too many). */
    private static final int MIN_PREFIX = 4;
    /** A word found by its beginning weighs less than the word itself. */
    private static final float PREFIX_WEIGHT = 0.5f;

    private final FrenchText analyzer = new FrenchText();
    /** The order of titles (sort « titre »): each entry keeps its title's key in it. */
    private final Collator titleOrder = Collator.getInstance(Locale.FRENCH);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, Entry> offers = new ConcurrentHashMap<>();
    /** Per filter, the code of each value ever seen: codes only grow, so older entries keep theirs. */
    private final List<Map<String, Integer>> codes = new ArrayList<>();
    private volatile String[][] valuesByCode = new String[FILTERS.length][0];
    /** Bumped by every change: the values filters can take are computed once per content and day. */
    private final AtomicLong version = new AtomicLong();
    private volatile Universe universe;
    private volatile Documents documents;
    /** The query of each word searched lately (anyField). */
    private final Map<String, Query> wordQueries = new ConcurrentHashMap<>();
    private static final int WORD_QUERIES_MAX = 4_096;

    /** An offer with what searches read of it, computed when it enters the index. */
    private record Entry(IndexedOffer offer, long deadline, long published, long start, CollationKey title,
                         int[] codes, Set<String> titleWords, long version) {
    }

    /**
     * For one Lucene reader, by segment and document number: each document's offer, and copies of its filter
     * codes (FILTERS.length per document) and deadline laid out in document order, the order in which a keyword
     * search meets them: a search over thousands of matching offers then reads memory in sequence (its tightest
     * loop, JFR) instead of one scattered offer after another.
     */
    private record Documents(IndexReader reader, Entry[][] byDoc, int[][] codes, long[][] deadlines) {
    }

    /** The values each filter can take among the offers open on a day, in display order, with their names. */
    private record Universe(long version, LocalDate day, Map<Filter, LinkedHashMap<String, String>> values) {
    }

    public OfferIndex() {
        for (int i = 0; i < FILTERS.length; i++) {
            codes.add(new ConcurrentHashMap<>());
        }
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole content (startup, rebuild). */
    public synchronized void replaceAll(Collection<OfferText> all) {
        try {
            all.forEach(t -> offers.put(t.offer().id(), entry(t)));
            Set<Long> ids = all.stream().map(t -> t.offer().id()).collect(Collectors.toSet());
            writer.deleteAll();
            for (OfferText text : all) {
                writer.addDocument(document(text));
            }
            refreshed();
            offers.keySet().retainAll(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an offer that went online or replaces its previous version. */
    public synchronized void put(OfferText text) {
        try {
            offers.put(text.offer().id(), entry(text));
            writer.updateDocument(new Term(KEY, key(text.offer().id())), document(text));
            refreshed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets an offer that left the site (unpublished, filled, expired, deleted). */
    public synchronized void remove(long id) {
        try {
            writer.deleteDocuments(new Term(KEY, key(id)));
            refreshed();
            offers.remove(id);
            changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return offers.size();
    }

    /** The size of the Lucene index of the texts, in bytes (logged at each rebuild, to follow its growth). */
    public long textBytes() {
        try {
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the offers open on that day add up to: how many, the sum of their versions, the greatest id. The
     * database gives the same three numbers for the same offers (Search.check): any difference is a change the
     * index missed.
     */
    public List<Long> fingerprint(LocalDate today) {
        long day = today.toEpochDay();
        long count = 0;
        long versions = 0;
        long greatest = 0;
        for (Entry entry : offers.values()) {
            if (entry.deadline() >= day) {
                count++;
                versions += entry.version();
                greatest = Math.max(greatest, entry.offer().id());
            }
        }
        return List.of(count, versions, greatest);
    }

    /** A number that changes with every change of the content: what was computed from an older one is stale. */
    public long version() {
        return version.get();
    }

    /** The content changed: what public pages show of the offers too (PublicData). */
    private void changed() {
        version.incrementAndGet();
        PublicData.changed();
    }

    public IndexedOffer get(long id) {
        Entry entry = offers.get(id);
        return entry == null ? null : entry.offer();
    }

    /** Every offer open on that day, newest first. */
    public List<IndexedOffer> online(LocalDate today) {
        long day = today.toEpochDay();
        return offers.values().stream().filter(e -> e.deadline() >= day).map(Entry::offer)
                .sorted(recent()).toList();
    }

    /** The offers open on that day matching the criteria: one page, the total, and the counts of each filter. */
    public SearchResult search(OfferCriteria criteria, LocalDate today) {
        Tally tally = tally(criteria, today);
        String[][] names = tally.names;
        List<Hit> matching = tally.matching;
        int[][] counts = tally.counts;
        int pages = Math.max(1, (matching.size() + OfferCriteria.PAGE_SIZE - 1) / OfferCriteria.PAGE_SIZE);
        int page = Math.min(criteria.page(), pages);
        int from = (page - 1) * OfferCriteria.PAGE_SIZE;
        List<Hit> first = first(matching, from + OfferCriteria.PAGE_SIZE, order(criteria.sort()));
        List<IndexedOffer> shown = first.subList(Math.min(from, first.size()), first.size()).stream()
                .map(h -> h.entry.offer()).toList();
        return new SearchResult(criteria, shown, matching.size(), page, pages, facets(criteria, counts, names, today));
    }

    /**
     * The offers open on that day matching the criteria that come after the cursor in the criteria's order (from
     * the first when null), at most limit of them, with the search's total and counts. The cursor must be of the
     * criteria's sort (the caller checks it).
     */
    public OfferSlice slice(OfferCriteria criteria, LocalDate today, ResultCursor after, int limit) {
        Tally tally = tally(criteria, today);
        List<Hit> matching = tally.matching;
        List<Hit> rest = matching;
        if (after != null) {
            CollationKey title;
            synchronized (titleOrder) {
                title = titleOrder.getCollationKey(after.title());
            }
            rest = new ArrayList<>();
            for (Hit hit : matching) {
                if (compare(hit, after, title) > 0) {
                    rest.add(hit);
                }
            }
        }
        List<Hit> first = first(rest, limit + 1, order(criteria.sort()));
        List<Hit> shown = first.subList(0, Math.min(limit, first.size()));
        ResultCursor next = null;
        if (first.size() > limit) {
            Hit last = shown.get(shown.size() - 1);
            next = new ResultCursor(criteria.sort(), last.score, last.entry.published(), last.entry.start(),
                    last.entry.offer().title(), last.entry.offer().id());
        }
        return new OfferSlice(shown.stream().map(h -> h.entry.offer()).toList(), matching.size(), next,
                facets(criteria, tally.counts, tally.names, today));
    }

    /** Where a hit stands against a cursor in the cursor's order: below zero before it, above zero after it. */
    private static int compare(Hit hit, ResultCursor cursor, CollationKey cursorTitle) {
        Entry entry = hit.entry;
        int recent = entry.published() != cursor.published() ? Long.compare(cursor.published(), entry.published())
                : Long.compare(cursor.id(), entry.offer().id());
        return switch (cursor.sort()) {
            case RELEVANCE -> hit.score != cursor.score() ? Float.compare(cursor.score(), hit.score) : recent;
            case RECENT -> recent;
            case START -> entry.start() != cursor.start() ? Long.compare(entry.start(), cursor.start()) : recent;
            case TITLE -> {
                int byTitle = entry.title().compareTo(cursorTitle);
                yield byTitle != 0 ? byTitle : Long.compare(entry.offer().id(), cursor.id());
            }
        };
    }

    /** The offers open on that day matching the criteria, with the counts of each filter's values. */
    private Tally tally(OfferCriteria criteria, LocalDate today) {
        long day = today.toEpochDay();
        String[][] names = valuesByCode;
        // the chosen values of each filter as flags by code; null: the filter is not used
        boolean[][] chosen = new boolean[FILTERS.length][];
        for (Map.Entry<Filter, SortedSet<String>> filter : criteria.filters().entrySet()) {
            int f = filter.getKey().ordinal();
            chosen[f] = new boolean[names[f].length];
            for (String value : filter.getValue()) {
                Integer code = codes.get(f).get(value);
                if (code != null && code < chosen[f].length) {
                    chosen[f][code] = true;
                }
            }
        }
        Tally tally = new Tally(chosen, names, day);
        if (criteria.hasKeywords()) {
            matchingWords(criteria, tally);
        } else {
            for (Entry entry : offers.values()) {
                tally.offer(entry, entry.codes(), 0, entry.deadline(), 0f);
            }
        }
        return tally;
    }

    /** Every offer open on that day matching the criteria, newest first (what is new for a search alert). */
    public List<IndexedOffer> matching(OfferCriteria criteria, LocalDate today) {
        List<Hit> hits = tally(criteria, today).matching;
        hits.sort(order(Sort.RECENT));
        return hits.stream().map(h -> h.entry.offer()).toList();
    }

    /** The first n hits in that order, without sorting them all (a page rarely needs more than a few dozen). */
    private static List<Hit> first(List<Hit> hits, int n, Comparator<Hit> order) {
        if (n >= hits.size() / 4) {
            hits.sort(order);
            return hits.subList(0, Math.min(n, hits.size()));
        }
        // the n best seen, the worst of them on top: most hits are worse than it and cost one comparison
        PriorityQueue<Hit> best = new PriorityQueue<>(n + 1, order.reversed());
        for (Hit hit : hits) {
            if (best.size() < n) {
                best.add(hit);
            } else if (order.compare(hit, best.peek()) < 0) {
                best.poll();
                best.add(hit);
            }
        }
        List<Hit> first = new ArrayList<>(best);
        first.sort(order);
        return first;
    }

    private static void count(int[] counts, int code) {
        if (code < counts.length) {
            counts[code]++;
        }
    }

    /**
     * Offers open on that day that resemble the given one: same job family, direction or place, and shared
     * words of title; the offer itself left out.
     */
    public List<IndexedOffer> similar(IndexedOffer probe, int limit, LocalDate today) {
        Set<String> words = new HashSet<>(analyzer.terms("title", probe.title()));
        long day = today.toEpochDay();
        // best first: higher score, then sooner start; the queue keeps the `limit` best seen, worst on top, so
        // that an offer page costs one pass over the offers online and no sort of them all
        Comparator<Scored> best = Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(scored -> scored.offer().start());
        PriorityQueue<Scored> kept = new PriorityQueue<>(limit + 1, best.reversed());
        for (Entry entry : offers.values()) {
            IndexedOffer offer = entry.offer();
            if (offer.id() == probe.id() || entry.deadline() < day) {
                continue;
            }
            int shared = 0;
            for (String word : entry.titleWords()) {
                if (words.contains(word)) {
                    shared++;
                }
            }
            int score = (offer.jobFamilyId() == probe.jobFamilyId() ? 4 : 0)
                    + (offer.directionCode().equals(probe.directionCode()) ? 2 : 0)
                    + (offer.placeCode().equals(probe.placeCode()) ? 1 : 0)
                    + shared * 2;
            if (score > 0) {
                kept.add(new Scored(offer, score));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
        }
        return kept.stream().sorted(best).map(Scored::offer).toList();
    }

    private record Scored(IndexedOffer offer, int score) {
    }

    /** A candidate offer and its relevance (0 without keywords). */
    private record Hit(Entry entry, float score) {
    }

    /**
     * Offers met one by one during a search: those open on the day and accepted by every chosen filter are kept,
     * with the counts of each filter's values among them; an offer failing one filter only counts for that
     * filter (what its other values would add). Reads an offer's filter codes from any int array at an offset,
     * so that a keyword search reads them in document order from one array per segment (Documents).
     */
    private static final class Tally {
        private final boolean[][] chosen;
        private final long day;
        final int[][] counts = new int[FILTERS.length][];
        final List<Hit> matching;
        final String[][] names;

        Tally(boolean[][] chosen, String[][] names, long day) {
            this.names = names;
            // a few hundred matches at first: a search of the national bench finds 80 on average, 2,600 at most;
            // room for every offer online (10,000) cleared 40 KB per search for nothing
            this.matching = new ArrayList<>(256);
            this.chosen = chosen;
            this.day = day;
            for (int f = 0; f < FILTERS.length; f++) {
                counts[f] = new int[names[f].length];
            }
        }

        void offer(Entry entry, int[] codes, int at, long deadline, float score) {
            if (deadline < day) {
                return;
            }
            int failed = -1;
            int failures = 0;
            for (int f = 0; f < FILTERS.length && failures < 2; f++) {
                boolean[] accepted = chosen[f];
                int code = codes[at + f];
                if (accepted != null && (code >= accepted.length || !accepted[code])) {
                    failed = f;
                    failures++;
                }
            }
            if (failures == 0) {
                matching.add(new Hit(entry, score));
                for (int f = 0; f < FILTERS.length; f++) {
                    count(counts[f], codes[at + f]);
                }
            } else if (failures == 1) {
                count(counts[failed], codes[at + failed]);
            }
        }
    }

    /** Each offer matching all the keywords (in any field), with its relevance, into the tally. */
    private void matchingWords(OfferCriteria criteria, Tally tally) {
        Set<String> terms = new LinkedHashSet<>(analyzer.terms("title", criteria.keywords()));
        if (terms.isEmpty()) {
            return; // only stop words, such as "le" or "de": nothing to find
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(anyField(term), BooleanClause.Occur.MUST);
        }
        Query query = all.build();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Documents documents = documents(searcher.getIndexReader());
                searcher.search(query, new SimpleCollector() {
                    private Entry[] entries;
                    private int[] codes;
                    private long[] deadlines;
                    private Scorable scorer;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) {
                        entries = documents.byDoc()[context.ord];
                        codes = documents.codes()[context.ord];
                        deadlines = documents.deadlines()[context.ord];
                    }

                    @Override
                    public void setScorer(Scorable scorable) {
                        scorer = scorable;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        Entry entry = entries[doc];
                        if (entry != null) {
                            tally.offer(entry, codes, doc * FILTERS.length, deadlines[doc], scorer.score());
                        }
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE;
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query finding a word in any field, or a longer word it begins; made once per word, as the automaton of
     * each field's prefix query was a sixth of a keyword search (JFR). Queries do not depend on the index's
     * content: kept across changes, forgotten all at once past WORD_QUERIES_MAX words.
     */
    private Query anyField(String term) {
        Query known = wordQueries.get(term);
        if (known != null) {
            return known;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        WEIGHTS.forEach((field, weight) -> {
            any.add(new BoostQuery(new TermQuery(new Term(field, term)), weight), BooleanClause.Occur.SHOULD);
            if (term.length() >= MIN_PREFIX) {
                // the beginning of a longer word: « jardin » finds « jardinier », behind the word itself
                any.add(new BoostQuery(new PrefixQuery(new Term(field, term)), weight * PREFIX_WEIGHT),
                        BooleanClause.Occur.SHOULD);
            }
        });
        Query query = any.build();
        if (wordQueries.size() >= WORD_QUERIES_MAX) {
            wordQueries.clear();
        }
        wordQueries.put(term, query);
        return query;
    }

    /** Each document's offer for this reader, kept for the reader searches use now. */
    private Documents documents(IndexReader reader) throws IOException {
        Documents current = documents;
        if (current != null && current.reader() == reader) {
            return current;
        }
        List<LeafReaderContext> leaves = reader.leaves();
        Entry[][] byDoc = new Entry[leaves.size()][];
        int[][] codesByDoc = new int[leaves.size()][];
        long[][] deadlines = new long[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int size = leaf.reader().maxDoc();
            Entry[] entries = new Entry[size];
            int[] codes = new int[size * FILTERS.length];
            long[] ends = new long[size];
            NumericDocValues ids = DocValues.getNumeric(leaf.reader(), ID);
            for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                Entry entry = offers.get(ids.longValue());
                if (entry != null) {
                    entries[doc] = entry;
                    System.arraycopy(entry.codes(), 0, codes, doc * FILTERS.length, FILTERS.length);
                    ends[doc] = entry.deadline();
                }
            }
            byDoc[leaf.ord] = entries;
            codesByDoc[leaf.ord] = codes;
            deadlines[leaf.ord] = ends;
        }
        Documents computed = new Documents(reader, byDoc, codesByDoc, deadlines);
        documents = computed;
        return computed;
    }

    /** After a write: searches see it, and the documents lead to the new entries. */
    private void refreshed() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            documents = null;
            documents(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
        changed();
    }

    private Entry entry(OfferText text) {
        IndexedOffer offer = text.offer();
        int[] entryCodes = new int[FILTERS.length];
        for (Filter filter : FILTERS) {
            entryCodes[filter.ordinal()] = code(filter, filter.valueOf(offer));
        }
        long published = offer.publishedAt() == null ? Long.MIN_VALUE
                : offer.publishedAt().toEpochSecond(java.time.ZoneOffset.UTC);
        CollationKey title;
        synchronized (titleOrder) { // a collator is not safe for threads
            title = titleOrder.getCollationKey(offer.title());
        }
        return new Entry(offer, offer.applicationDeadline().toEpochDay(), published, offer.start().toEpochDay(),
                title, entryCodes, Set.copyOf(analyzer.terms("title", offer.title())), text.version());
    }

    /** The code of a filter's value, given a new one when first seen (under the writers' lock). */
    private int code(Filter filter, String value) {
        Map<String, Integer> known = codes.get(filter.ordinal());
        Integer code = known.get(value);
        if (code == null) {
            code = known.size();
            String[][] grown = valuesByCode.clone();
            String[] values = java.util.Arrays.copyOf(grown[filter.ordinal()], code + 1);
            values[code] = value;
            grown[filter.ordinal()] = values;
            valuesByCode = grown; // published before the code, so a search never meets a code it cannot name
            known.put(value, code);
        }
        return code;
    }

    /** Every value of each filter an open offer has (and every chosen one), with its count, in reading order. */
    private Map<Filter, List<FacetValue>> facets(OfferCriteria criteria, int[][] counts, String[][] names,
                                                 LocalDate today) {
        Map<Filter, LinkedHashMap<String, String>> values = universe(today).values();
        Map<Filter, List<FacetValue>> facets = new EnumMap<>(Filter.class);
        for (Filter filter : FILTERS) {
            int f = filter.ordinal();
            Map<String, Integer> known = codes.get(f);
            List<FacetValue> list = new ArrayList<>();
            values.get(filter).forEach((value, label) -> list.add(
                    new FacetValue(value, label, countOf(counts[f], known.get(value)),
                            criteria.isSelected(filter, value))));
            for (String chosen : criteria.values(filter)) {
                if (!values.get(filter).containsKey(chosen)) {
                    list.add(new FacetValue(chosen, null, countOf(counts[f], known.get(chosen)), true));
                }
            }
            facets.put(filter, list);
        }
        return facets;
    }

    private static int countOf(int[] counts, Integer code) {
        return code == null || code >= counts.length ? 0 : counts[code];
    }

    /** The values filters can take on that day, ordered for reading; computed once per content and day. */
    private Universe universe(LocalDate today) {
        Universe cached = universe;
        long current = version.get();
        if (cached != null && cached.version() == current && cached.day().equals(today)) {
            return cached;
        }
        long day = today.toEpochDay();
        Map<Filter, Map<String, String>> named = new EnumMap<>(Filter.class);
        for (Filter filter : FILTERS) {
            named.put(filter, new HashMap<>());
        }
        for (Entry entry : offers.values()) {
            if (entry.deadline() >= day) {
                IndexedOffer offer = entry.offer();
                named.get(Filter.DIRECTION).put(offer.directionCode(), offer.directionName());
                named.get(Filter.JOB_FAMILY).put(Filter.JOB_FAMILY.valueOf(offer), offer.jobFamilyName());
                named.get(Filter.PLACE).put(offer.placeCode(), offer.placeName());
                named.get(Filter.START).put(Filter.START.valueOf(offer), null);
            }
        }
        Filter.DURATIONS.forEach(v -> named.get(Filter.DURATION).put(v, null));
        Filter.HOURS_RANGES.forEach(v -> named.get(Filter.HOURS).put(v, null));
        Filter.YES_NO.forEach(v -> named.get(Filter.PAID).put(v, null));
        Filter.YES_NO.forEach(v -> named.get(Filter.REMOTE).put(v, null));
        for (EducationLevel level : EducationLevel.values()) {
            named.get(Filter.LEVEL).put(level.name(), null);
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        Map<Filter, LinkedHashMap<String, String>> ordered = new EnumMap<>(Filter.class);
        for (Filter filter : FILTERS) {
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            named.get(filter).entrySet().stream().sorted(order(filter, collator))
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
            ordered.put(filter, values);
        }
        Universe computed = new Universe(current, today, ordered);
        universe = computed;
        return computed;
    }

    private static Comparator<Map.Entry<String, String>> order(Filter filter, Collator collator) {
        return switch (filter) {
            case DIRECTION, JOB_FAMILY -> Comparator.comparing(OfferIndex::label, collator);
            // « 3e arrondissement » before « 10e arrondissement »: names that begin with a number, by that number
            case PLACE -> Comparator.comparing((Map.Entry<String, String> v) -> leadingNumber(label(v)))
                    .thenComparing(OfferIndex::label, collator);
            case START -> Map.Entry.comparingByKey();
            case DURATION -> Comparator.comparing(v -> Filter.DURATIONS.indexOf(v.getKey()));
            case HOURS -> Comparator.comparing(v -> Filter.HOURS_RANGES.indexOf(v.getKey()));
            case PAID, REMOTE -> Comparator.comparing(v -> Filter.YES_NO.indexOf(v.getKey()));
            case LEVEL -> Comparator.comparing(v -> EducationLevel.valueOf(v.getKey()).ordinal());
        };
    }

    /** A filter value's name, or its code when it has none. */
    private static String label(Map.Entry<String, String> value) {
        return value.getValue() == null ? value.getKey() : value.getValue();
    }

    /** The number a name begins with (« 13e arrondissement »: 13), or a number after every other for a name without. */
    static int leadingNumber(String name) {
        int end = 0;
        while (end < name.length() && end < 6 && Character.isDigit(name.charAt(end))) {
            end++;
        }
        return end == 0 ? Integer.MAX_VALUE : Integer.parseInt(name.substring(0, end));
    }

    private static Comparator<IndexedOffer> recent() {
        return Comparator.comparing(IndexedOffer::publishedAt,
                        Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()))
                .thenComparing(IndexedOffer::id, Comparator.reverseOrder());
    }

    private static Comparator<Hit> order(Sort sort) {
        // newest first, then the highest id: on numbers computed in advance, as this runs thousands of times
        Comparator<Hit> recent = (a, b) -> a.entry.published() != b.entry.published()
                ? Long.compare(b.entry.published(), a.entry.published())
                : Long.compare(b.entry.offer().id(), a.entry.offer().id());
        return switch (sort) {
            case RELEVANCE -> Comparator.comparingDouble((Hit h) -> -h.score).thenComparing(recent);
            case RECENT -> recent;
            case START -> Comparator.comparingLong((Hit h) -> h.entry.start()).thenComparing(recent);
            // the French order of the titles as keys made once per offer: a collator comparing the strings took
            // 0.55 s for a page of 10,000 offers online (national), which made the page cache's misses pile up
            case TITLE -> Comparator.comparing((Hit h) -> h.entry.title())
                    .thenComparingLong(h -> h.entry.offer().id());
        };
    }

    private static Document document(OfferText text) {
        IndexedOffer offer = text.offer();
        Document document = new Document();
        document.add(new StringField(KEY, key(offer.id()), Field.Store.NO));
        document.add(new NumericDocValuesField(ID, offer.id()));
        document.add(new TextField("title", offer.title(), Field.Store.NO));
        document.add(new TextField("missions", text.missions(), Field.Store.NO));
        document.add(new TextField("profile", text.profile(), Field.Store.NO));
        document.add(new TextField("context", String.join(" ", offer.directionName(),
                Objects.requireNonNullElse(offer.serviceName(), ""), offer.jobFamilyName(), offer.placeName()),
                Field.Store.NO));
        // « DEVE-00037 », as agents and candidates quote an offer
        document.add(new TextField("reference", offer.reference(), Field.Store.NO));
        return document;
    }

    private static String key(long id) {
        return Long.toString(id);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
