package fr.stages.alerts.control;

import fr.stages.alerts.entity.SearchAlert;
import fr.stages.notifications.entity.Mail;
import fr.stages.platform.Dates;
import fr.stages.platform.EmailAddress;
import fr.stages.search.control.OfferIndex;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One morning's digests: the offers published since the oldest due alert's previous digest, in an index of their
 * own (a few thousand at most), and each distinct search matched against it once, in memory — never a database
 * query per alert. Each alert then keeps the matches published after its own previous digest and up to this
 * run's cut (what is published later is the next digest's): never an offer twice; the index holds open offers
 * only: never an offer closed. Used by one thread.
 */
public final class Digests implements AutoCloseable {

    /** How many offers a digest lists; the rest is one link to the search. */
    public static final int MAX_LISTED = 20;

    /** The values of the reference data that exist: a search naming others has them removed. */
    public record Known(Set<String> directions, Set<String> jobFamilies, Set<String> places) {

        /** The criteria without the values that no longer exist (a direction merged, a job family removed). */
        OfferCriteria correct(OfferCriteria criteria) {
            OfferCriteria corrected = criteria;
            for (Map.Entry<Filter, Set<String>> reference : Map.of(Filter.DIRECTION, directions,
                    Filter.JOB_FAMILY, jobFamilies, Filter.PLACE, places).entrySet()) {
                for (String value : criteria.values(reference.getKey())) {
                    if (!reference.getValue().contains(value)) {
                        corrected = corrected.without(reference.getKey(), value);
                    }
                }
            }
            return corrected;
        }
    }

    private final OfferIndex index;
    private final LocalDateTime cut;
    private final LocalDate today;
    private final Known known;
    private final String base;
    /** Each distinct search once: as corrected, whether it was, and the new offers it matches, newest first. */
    private record Matched(OfferCriteria criteria, boolean corrected, List<IndexedOffer> offers) {
    }

    private final Map<String, Matched> bySearch = new HashMap<>();
    private final Map<String, Words> byLanguage = new HashMap<>();

    public Digests(OfferIndex index, LocalDateTime cut, LocalDate today, Known known, String base) {
        this.index = index;
        this.cut = cut;
        this.today = today;
        this.known = known;
        this.base = base;
    }

    public int newOffers() {
        return index.size();
    }

    /**
     * The digest of that alert, in its language: the offers new for it, and what was removed from its search if it
     * named what no longer exists (the alert's search is corrected: said once). Nothing new and nothing to say:
     * no mail.
     */
    public Optional<Mail> of(SearchAlert alert, ResourceBundle texts) {
        Matched search = bySearch.computeIfAbsent(alert.getQuery(), q -> {
            OfferCriteria criteria = alert.criteria();
            OfferCriteria valid = known.correct(criteria);
            return new Matched(valid, !valid.equals(criteria), index.matching(valid, today));
        });
        boolean corrected = search.corrected();
        if (corrected) {
            alert.searchBecame(search.criteria());
        }
        List<IndexedOffer> matching = search.offers();
        // newest first: what is new for this alert is the beginning of the list, up to its previous digest
        List<IndexedOffer> fresh = new ArrayList<>();
        for (IndexedOffer offer : matching) {
            if (!offer.publishedAt().isAfter(alert.getLastRunAt())) {
                break;
            }
            if (!offer.publishedAt().isAfter(cut)) {
                fresh.add(offer);
            }
        }
        if (fresh.isEmpty() && !corrected) {
            return Optional.empty();
        }
        Words words = words(alert.getLanguage(), texts);
        String searchUrl = base + "/" + (alert.getQuery().isEmpty() ? "" : "?" + alert.getQuery());
        StringBuilder body = new StringBuilder(words.format("ALERT_DIGEST.intro", fresh.size(), alert.getName()));
        for (IndexedOffer offer : fresh.subList(0, Math.min(MAX_LISTED, fresh.size()))) {
            body.append("\n\n").append(words.line(offer));
        }
        if (fresh.size() > MAX_LISTED) {
            body.append("\n\n").append(words.format("ALERT_DIGEST.more", fresh.size() - MAX_LISTED, searchUrl));
        } else if (!fresh.isEmpty()) {
            body.append("\n\n").append(words.format("ALERT_DIGEST.search", searchUrl));
        }
        if (corrected) {
            body.append("\n\n").append(words.format("ALERT_DIGEST.corrected", searchUrl));
        }
        return Optional.of(Mail.alertDigest(EmailAddress.of(alert.getEmail()), alert.getLanguage(), alert.getId(),
                words.format("ALERT_DIGEST.subject", fresh.size(), alert.getName()), body.toString()));
    }

    private Words words(String language, ResourceBundle texts) {
        return byLanguage.computeIfAbsent(language, l -> new Words(Locale.forLanguageTag(l), texts));
    }

    /**
     * A language's patterns, each parsed once, and each offer's lines written once: the same offer is listed in
     * thousands of digests (JFR of the first national run: half the run's own time went to parsing the same
     * patterns again, and writing the same lines).
     */
    private final class Words {

        private final Locale locale;
        private final ResourceBundle texts;
        private final Map<String, java.text.MessageFormat> formats = new HashMap<>();
        private final Map<Long, String> lines = new HashMap<>();

        Words(Locale locale, ResourceBundle texts) {
            this.locale = locale;
            this.texts = texts;
        }

        String format(String key, Object... values) {
            return formats.computeIfAbsent(key, k -> new java.text.MessageFormat(texts.getString(k), locale))
                    .format(values);
        }

        String line(IndexedOffer offer) {
            return lines.computeIfAbsent(offer.id(), id -> format("ALERT_DIGEST.line", offer.title(),
                    offer.directionName(), offer.placeName(), Dates.longDate(offer.applicationDeadline(), locale),
                    base + "/offers/offer.xhtml?id=" + offer.id()));
        }
    }

    @Override
    public void close() {
        index.close();
    }
}
