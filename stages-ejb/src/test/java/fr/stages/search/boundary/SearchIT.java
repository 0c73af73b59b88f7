package fr.stages.search.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.stages.offers.boundary.Offers;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.platform.CityTime;
import fr.stages.platform.GoneException;
import fr.stages.platform.NotFoundException;
import fr.stages.search.entity.FacetValue;
import fr.stages.search.entity.Filter;
import fr.stages.search.entity.IndexedOffer;
import fr.stages.search.entity.OfferCriteria;
import fr.stages.search.entity.SearchResult;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Public search in the real server: the index follows committed changes of offers (through the JMS topic),
 * ignores rolled-back ones, is rebuilt from the database alone, and offers that left the site are gone.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Search search;

    @EJB
    Offers offers;

    @EJB
    Fixtures fixtures;

    @Resource
    UserTransaction transaction;

    @Test
    void aCommittedOfferIsFoundByItsWordsWhateverTheAccentsCaseAndPlurals() throws Exception {
        String tag = tag();
        long direction = fixtures.direction().getId();
        long id = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20),
                "Électricité des écoles " + tag, "Vérifier les tableaux électriques des crèches.");

        await(() -> ids("q", tag).equals(List.of(id)), "the new offer in the index");
        assertEquals(List.of(id), ids("q", "ELECTRICITE " + tag));
        assertEquals(List.of(id), ids("q", "école " + tag), "singular finds plural");
        assertEquals(List.of(id), ids("q", "creche " + tag), "missions are searched too");
        assertEquals(List.of(), ids("q", "plomberie " + tag), "every keyword must match");

        fixtures.retitle(id, "Menuiserie des gymnases " + tag);
        await(() -> ids("q", "menuiserie " + tag).equals(List.of(id)), "the new title");
        assertEquals(List.of(), ids("q", "electricite " + tag), "the old title is forgotten");
    }

    /**
     * A committed change reaches the index through its announcement (the JMS topic), not through the periodic
     * check: the test domain checks every second, so any test would pass with announcements broken. An attempt
     * during which the check rebuilt the index proves nothing and is made again; five such in a row fail.
     */
    @Test
    void aCommittedOfferIsFoundThroughItsAnnouncementWithoutThePeriodicCheck() throws Exception {
        long direction = fixtures.direction().getId();
        for (int attempt = 1; attempt <= 5; attempt++) {
            String tag = tag();
            long before = Search.catchUps();
            long id = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20),
                    "Annonce " + tag, "m");
            await(() -> ids("q", tag).equals(List.of(id)), "the new offer in the index");
            if (Search.catchUps() == before) {
                return; // found, and the check rebuilt nothing meanwhile: the announcement brought it
            }
        }
        org.junit.jupiter.api.Assertions.fail("in five attempts the offer was found only after a periodic rebuild: "
                + "the announcement after commit does not reach the index (" + Search.catchUps() + " rebuilds)");
    }

    @Test
    void aRolledBackOfferNeverReachesTheIndex() throws Exception {
        String tag = tag();
        long direction = fixtures.direction().getId();
        transaction.begin();
        fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20), "Annulée " + tag, "m");
        transaction.rollback();
        // a change committed after it is seen: the rolled-back one would have been announced before it
        long witness = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20),
                "Témoin " + tag, "m");
        await(() -> ids("q", tag).equals(List.of(witness)), "only the committed offer");
    }

    @Test
    void anOfferThatLeavesTheSiteLeavesTheSearchAndItsPageIsGone() throws Exception {
        String tag = tag();
        long direction = fixtures.direction().getId();
        long id = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(20), "Stage " + tag,
                "m");
        await(() -> ids("q", tag).equals(List.of(id)), "online");
        assertEquals(id, offers.published(id).getId().longValue());

        fixtures.unpublish(id);
        await(() -> ids("q", tag).isEmpty(), "out of the index");
        GoneException gone = assertThrows(GoneException.class, () -> offers.published(id));
        assertEquals("Stage " + tag, gone.title());

        long draft = fixtures.offer(direction, OfferStatus.DRAFT, CityTime.today().plusDays(20), "Brouillon " + tag,
                "m");
        NotFoundException notFound = assertThrows(NotFoundException.class, () -> offers.published(draft));
        assertEquals(NotFoundException.class, notFound.getClass(), "a draft never was public: 404, not 410");
    }

    @Test
    void anOfferPastItsDeadlineIsNeitherListedNorShownEvenBeforeTheNightlyExpiry() throws Exception {
        String tag = tag();
        long direction = fixtures.direction().getId();
        LocalDate yesterday = CityTime.today().minusDays(1);
        long late = fixtures.offer(direction, OfferStatus.PUBLISHED, yesterday, "En retard " + tag, "m");
        long witness = fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today(), "À temps " + tag, "m");
        await(() -> ids("q", tag).equals(List.of(witness)), "the offer open today only");
        assertEquals(OfferStatus.PUBLISHED, fixtures.statusOf(late), "not expired by the nightly job yet");
        assertThrows(GoneException.class, () -> offers.published(late));
    }

    @Test
    void filtersAndTheirCountsOverTheDatabasesOffersAndTheSameAfterARebuild() throws Exception {
        String tag = tag();
        fr.stages.directions.entity.Direction created = fixtures.direction();
        String code = created.getCode();
        long direction = created.getId();
        for (int i = 0; i < 3; i++) {
            fixtures.offer(direction, OfferStatus.PUBLISHED, CityTime.today().plusDays(10 + i), "Stage " + tag, "m");
        }
        await(() -> find("direction", code).total() == 3, "three offers of the direction");
        SearchResult result = find("direction", code, "gratification", "oui");
        assertEquals(0, result.total(), "the fixture's offers are unpaid");
        assertEquals(Map.of("oui", 0, "non", 3), counts(find("direction", code), Filter.PAID));
        assertEquals(0, counts(result, Filter.DIRECTION).get(code), "the direction's count keeps the paid filter");
        assertEquals(3, counts(result, Filter.PAID).get("non"), "the paid filter's count keeps the direction");

        search.rebuild();
        assertEquals(3, find("direction", code).total(), "the same from the database alone");
        assertEquals(3, find("q", tag).total());
    }

    private List<Long> ids(String... pairs) {
        return find(pairs).offers().stream().map(IndexedOffer::id).sorted().toList();
    }

    private SearchResult find(String... pairs) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        Map<String, String[]> parameters = new HashMap<>();
        values.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        return search.find(OfferCriteria.of(parameters));
    }

    private static Map<String, Integer> counts(SearchResult result, Filter filter) {
        return result.facet(filter).stream().collect(Collectors.toMap(FacetValue::value, FacetValue::count));
    }

    private static String tag() {
        // letters only: a word of its own for the analyser, in no other test's offers
        StringBuilder tag = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> tag.append((char) c));
        return tag.toString();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited 30 s for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
