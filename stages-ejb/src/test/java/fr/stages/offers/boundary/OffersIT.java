package fr.stages.offers.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.directions.entity.Direction;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferStatus;
import fr.stages.offers.entity.OfferSummary;
import fr.stages.platform.CityTime;
import fr.stages.platform.NotFoundException;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class OffersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Offers offers;

    @EJB
    Fixtures fixtures;

    private final LocalDate today = CityTime.today();

    @Test
    void thePublicSeesPublishedOffersWhoseDeadlineHasNotPassed() {
        Direction direction = fixtures.direction();
        long online = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today.plusDays(10));
        long lastDay = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today);
        long overdue = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today.minusDays(1));
        long draft = fixtures.offer(direction.getId(), OfferStatus.DRAFT, today.plusDays(10));
        long unpublished = fixtures.offer(direction.getId(), OfferStatus.UNPUBLISHED, today.plusDays(10));
        long filled = fixtures.offer(direction.getId(), OfferStatus.FILLED, today.plusDays(10));

        Set<Long> listed = offers.published().stream().map(OfferSummary::id).collect(Collectors.toSet());

        assertTrue(listed.containsAll(Set.of(online, lastDay)), "online offers are listed");
        for (long hidden : new long[] {overdue, draft, unpublished, filled}) {
            assertFalse(listed.contains(hidden), "offer " + hidden + " must not be listed");
            assertThrows(NotFoundException.class, () -> offers.published(hidden));
        }
        Offer detail = offers.published(online);
        assertEquals(direction.getName(), detail.getDirection().getName());
    }

    @Test
    void thePublicListIsNewestFirstAndCarriesTheSummaryFields() {
        Direction direction = fixtures.direction();
        long offer = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today.plusDays(5));
        OfferSummary summary = offers.published().stream().filter(s -> s.id() == offer).findFirst().orElseThrow();
        assertEquals(direction.getName(), summary.directionName());
        assertEquals(8, summary.weeks());
        assertEquals(35, summary.weeklyHours());
        assertFalse(summary.paid());
        var published = offers.published();
        for (int i = 1; i < published.size(); i++) {
            assertFalse(published.get(i).publishedAt().isAfter(published.get(i - 1).publishedAt()),
                    "newest first");
        }
    }

    @Test
    void overdueOffersExpireAndLeaveTheSite() {
        Direction direction = fixtures.direction();
        long overdue = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today.minusDays(2));
        long online = fixtures.offer(direction.getId(), OfferStatus.PUBLISHED, today.plusDays(2));

        offers.expireOverdue();

        assertEquals(OfferStatus.EXPIRED, fixtures.statusOf(overdue));
        assertEquals(OfferStatus.PUBLISHED, fixtures.statusOf(online));
    }

    @Test
    void theBackOfficeBoundaryRefusesAnonymousCallers() {
        long offer = fixtures.offer(fixtures.direction().getId(), OfferStatus.PUBLISHED, today.plusDays(2));
        assertThrows(EJBAccessException.class, () -> offers.ofMyDirection());
        assertThrows(EJBAccessException.class, () -> offers.ofMyDirection(offer));
    }
}
