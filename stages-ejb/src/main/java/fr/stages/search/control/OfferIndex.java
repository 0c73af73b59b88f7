package fr.stages.search.control;

import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.search.entity.Sort;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The offers online, in memory: a Lucene index of their texts for keywords and relevance, and their facts for
 * filters, counts and sorting. Safe for concurrent searches while one thread updates it. At this scale (ten
 * thousand offers at most online) a pass over the matching offers per search costs less than a millisecond or
 * two, which keeps facet counting exact and simple.
 */
public final class OfferIndex implements AutoCloseable {

    private static final String KEY = "key";
    private static final String ID = "oid";
    /** Where a keyword counts most: the title, then the missions, then the profile, then the context. */
    private static final Map<String, Float> WEIGHTS = new LinkedHashMap<>();

    static {
        WEIGHTS.put("title", 4f);
        WEIGHTS.put("missions", 2f);
        WEIGHTS.put("profile", 1.5f);
        WEIGHTS.put("context", 1f);
    }

    private final FrenchText analyzer = new FrenchText();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<Long, IndexedOffer> offers = new ConcurrentHashMap<>();

    public OfferIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole content (startup, nightly rebuild). */
    public synchronized void replaceAll(Collection<OfferText> all) {
        try {
            writer.deleteAll();
            for (OfferText text : all) {
                writer.addDocument(document(text));
            }
            searchers.maybeRefreshBlocking();
            Set<Long> ids = all.stream().map(t -> t.offer().id()).collect(Collectors.toSet());
            all.forEach(t -> offers.put(t.offer().id(), t.offer()));
            offers.keySet().retainAll(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an offer that went online or replaces its previous version. */
    public synchronized void put(OfferText text) {
        try {
            writer.updateDocument(new Term(KEY, key(text.offer().id())), document(text));
            searchers.maybeRefreshBlocking();
            offers.put(text.offer().id(), text.offer());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets an offer that left the site (unpublished, filled, expired, deleted). */
    public synchronized void remove(long id) {
        try {
            offers.remove(id);
            writer.deleteDocuments(new Term(KEY, key(id)));
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return offers.size();
    }

    public IndexedOffer get(long id) {
        return offers.get(id);
    }

    /** Every offer open on that day, newest first. */
    public List<IndexedOffer> online(LocalDate today) {
        return offers.values().stream().filter(o -> o.openOn(today)).sorted(order(Sort.RECENT, null)).toList();
    }

    /** The offers open on that day matching the criteria: one page, the total, and the counts of each filter. */
    public SearchResult search(OfferCriteria criteria, LocalDate today) {
        Map<Long, Float> scores = criteria.hasKeywords() ? scores(criteria.keywords()) : null;
        Collection<IndexedOffer> candidates = scores == null ? offers.values()
                : scores.keySet().stream().map(offers::get).filter(Objects::nonNull).toList();
        Map<Filter, SortedSet<String>> chosen = criteria.filters();
        Map<Filter, Map<String, Integer>> counts = new EnumMap<>(Filter.class);
        List<IndexedOffer> matching = new ArrayList<>();
        for (IndexedOffer offer : candidates) {
            if (!offer.openOn(today)) {
                continue;
            }
            Filter failed = null;
            int failures = 0;
            for (Map.Entry<Filter, SortedSet<String>> entry : chosen.entrySet()) {
                if (!entry.getValue().contains(entry.getKey().valueOf(offer))) {
                    failed = entry.getKey();
                    if (++failures > 1) {
                        break;
                    }
                }
            }
            if (failures == 0) {
                matching.add(offer);
                for (Filter filter : Filter.values()) {
                    count(counts, filter, offer);
                }
            } else if (failures == 1) {
                // an offer failing one filter only is what that filter's other values would add
                count(counts, failed, offer);
            }
        }
        matching.sort(order(criteria.sort(), scores));
        int pages = Math.max(1, (matching.size() + OfferCriteria.PAGE_SIZE - 1) / OfferCriteria.PAGE_SIZE);
        int page = Math.min(criteria.page(), pages);
        int from = (page - 1) * OfferCriteria.PAGE_SIZE;
        List<IndexedOffer> shown = List.copyOf(matching.subList(Math.min(from, matching.size()),
                Math.min(from + OfferCriteria.PAGE_SIZE, matching.size())));
        return new SearchResult(criteria, shown, matching.size(), page, pages, facets(criteria, counts, today));
    }

    /**
     * Offers open on that day that resemble the given one: same job family, direction or place, and shared
     * words of title; the offer itself left out.
     */
    public List<IndexedOffer> similar(IndexedOffer probe, int limit, LocalDate today) {
        Set<String> words = new HashSet<>(analyzer.terms("title", probe.title()));
        Map<IndexedOffer, Integer> scored = new HashMap<>();
        for (IndexedOffer offer : offers.values()) {
            if (offer.id() == probe.id() || !offer.openOn(today)) {
                continue;
            }
            int score = (offer.jobFamilyId() == probe.jobFamilyId() ? 4 : 0)
                    + (offer.directionCode().equals(probe.directionCode()) ? 2 : 0)
                    + (offer.placeCode().equals(probe.placeCode()) ? 1 : 0)
                    + (int) analyzer.terms("title", offer.title()).stream().filter(words::contains).count() * 2;
            if (score > 0) {
                scored.put(offer, score);
            }
        }
        return scored.entrySet().stream()
                .sorted(Map.Entry.<IndexedOffer, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().start()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private static void count(Map<Filter, Map<String, Integer>> counts, Filter filter, IndexedOffer offer) {
        counts.computeIfAbsent(filter, f -> new HashMap<>()).merge(filter.valueOf(offer), 1, Integer::sum);
    }

    /** Every value an open offer has (and every chosen one), with its count, in a readable order. */
    private Map<Filter, List<FacetValue>> facets(OfferCriteria criteria, Map<Filter, Map<String, Integer>> counts,
                                                 LocalDate today) {
        Map<Filter, Map<String, String>> known = new EnumMap<>(Filter.class);
        for (Filter filter : Filter.values()) {
            known.put(filter, new HashMap<>());
        }
        for (IndexedOffer offer : offers.values()) {
            if (offer.openOn(today)) {
                known.get(Filter.DIRECTION).put(offer.directionCode(), offer.directionName());
                known.get(Filter.JOB_FAMILY).put(Filter.JOB_FAMILY.valueOf(offer), offer.jobFamilyName());
                known.get(Filter.PLACE).put(offer.placeCode(), offer.placeName());
                known.get(Filter.START).put(Filter.START.valueOf(offer), null);
            }
        }
        Filter.DURATIONS.forEach(v -> known.get(Filter.DURATION).put(v, null));
        Filter.HOURS_RANGES.forEach(v -> known.get(Filter.HOURS).put(v, null));
        Filter.YES_NO.forEach(v -> known.get(Filter.PAID).put(v, null));
        Filter.YES_NO.forEach(v -> known.get(Filter.REMOTE).put(v, null));
        for (fr.stages.offers.entity.EducationLevel level : fr.stages.offers.entity.EducationLevel.values()) {
            known.get(Filter.LEVEL).put(level.name(), null);
        }
        Map<Filter, List<FacetValue>> facets = new EnumMap<>(Filter.class);
        Collator collator = Collator.getInstance(Locale.FRENCH);
        for (Filter filter : Filter.values()) {
            Map<String, String> values = known.get(filter);
            criteria.values(filter).forEach(v -> values.putIfAbsent(v, null));
            Map<String, Integer> counted = counts.getOrDefault(filter, Map.of());
            List<FacetValue> list = values.entrySet().stream()
                    .map(e -> new FacetValue(e.getKey(), e.getValue(), counted.getOrDefault(e.getKey(), 0),
                            criteria.isSelected(filter, e.getKey())))
                    .sorted(facetOrder(filter, collator))
                    .toList();
            facets.put(filter, list);
        }
        return facets;
    }

    private static Comparator<FacetValue> facetOrder(Filter filter, Collator collator) {
        return switch (filter) {
            case DIRECTION, JOB_FAMILY, PLACE -> Comparator.comparing(
                    (FacetValue v) -> v.label() == null ? v.value() : v.label(), collator);
            case START -> Comparator.comparing(FacetValue::value);
            case DURATION -> Comparator.comparing(v -> Filter.DURATIONS.indexOf(v.value()));
            case HOURS -> Comparator.comparing(v -> Filter.HOURS_RANGES.indexOf(v.value()));
            case PAID, REMOTE -> Comparator.comparing(v -> Filter.YES_NO.indexOf(v.value()));
            case LEVEL -> Comparator.comparing(
                    v -> fr.stages.offers.entity.EducationLevel.valueOf(v.value()).ordinal());
        };
    }

    private static Comparator<IndexedOffer> order(Sort sort, Map<Long, Float> scores) {
        Comparator<IndexedOffer> recent = Comparator.comparing(IndexedOffer::publishedAt,
                        Comparator.nullsLast(Comparator.<LocalDateTime>reverseOrder()))
                .thenComparing(IndexedOffer::id, Comparator.reverseOrder());
        Collator collator = Collator.getInstance(Locale.FRENCH);
        return switch (sort) {
            case RELEVANCE -> scores == null ? recent : Comparator.comparing(
                    (IndexedOffer o) -> scores.getOrDefault(o.id(), 0f), Comparator.reverseOrder()).thenComparing(recent);
            case RECENT -> recent;
            case START -> Comparator.comparing(IndexedOffer::start).thenComparing(recent);
            case TITLE -> Comparator.comparing(IndexedOffer::title, collator).thenComparing(IndexedOffer::id);
        };
    }

    /** Each offer matching every keyword (in any weighted field), with its relevance. */
    private Map<Long, Float> scores(String keywords) {
        Set<String> terms = new java.util.LinkedHashSet<>(analyzer.terms("title", keywords));
        if (terms.isEmpty()) {
            return Map.of(); // only stop words, such as "le" or "de": nothing to find
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            WEIGHTS.forEach((field, weight) -> any.add(new BoostQuery(new TermQuery(new Term(field, term)), weight),
                    BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.MUST);
        }
        Query query = all.build();
        Map<Long, Float> scores = new HashMap<>();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                searcher.search(query, new SimpleCollector() {
                    private NumericDocValues ids;
                    private Scorable scorer;

                    @Override
                    protected void doSetNextReader(LeafReaderContext context) throws IOException {
                        ids = DocValues.getNumeric(context.reader(), ID);
                    }

                    @Override
                    public void setScorer(Scorable scorable) {
                        scorer = scorable;
                    }

                    @Override
                    public void collect(int doc) throws IOException {
                        if (ids.advanceExact(doc)) {
                            scores.put(ids.longValue(), scorer.score());
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
        return scores;
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
