package fr.stages.offers.entity;

import static fr.stages.offers.entity.OfferMother.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.BusinessException;
import org.junit.jupiter.api.Test;

class OfferTest {

    @Test
    void aNewOfferIsADraftInvisibleToThePublic() {
        Offer offer = OfferMother.draft();
        assertEquals(OfferStatus.DRAFT, offer.getStatus());
        assertFalse(offer.isVisibleToPublic(TODAY));
    }

    @Test
    void publishingPutsTheOfferOnlineUntilItsDeadline() {
        Offer offer = OfferMother.draft();
        offer.publish(TODAY);
        assertEquals(OfferStatus.PUBLISHED, offer.getStatus());
        assertNotNull(offer.getPublishedAt());
        assertTrue(offer.isVisibleToPublic(offer.getApplicationDeadline()));
        assertFalse(offer.isVisibleToPublic(offer.getApplicationDeadline().plusDays(1)));
    }

    @Test
    void anOfferWhoseDeadlineHasPassedCannotBePublished() {
        Offer offer = OfferMother.draft();
        BusinessException e = assertThrows(BusinessException.class,
                () -> offer.publish(offer.getApplicationDeadline().plusDays(1)));
        assertEquals("offer.publish.deadlinePassed", e.key());
        assertEquals(OfferStatus.DRAFT, offer.getStatus());
    }

    @Test
    void gratificationIsRequiredBeyond308HoursOfPresence() {
        Offer exactly308 = OfferMother.draft(OfferMother.direction("DAC", 1), 11, 28, false);
        assertEquals(308, exactly308.totalHours());
        assertFalse(exactly308.gratificationRequired());
        exactly308.publish(TODAY);

        Offer nineWeeksFullTime = OfferMother.draft(OfferMother.direction("DAC", 1), 9, 35, false);
        assertEquals(315, nineWeeksFullTime.totalHours());
        BusinessException e = assertThrows(BusinessException.class, () -> nineWeeksFullTime.publish(TODAY));
        assertEquals("offer.publish.gratificationRequired", e.key());

        OfferMother.draft(OfferMother.direction("DAC", 1), 9, 35, true).publish(TODAY);
    }

    @Test
    void presenceIsCappedAt35HoursAWeekAndSixMonths() {
        assertEquals("offer.weeklyHours.range", assertThrows(BusinessException.class,
                () -> OfferMother.draft(OfferMother.direction("DAC", 1), 8, 36, true)).key());
        assertEquals("offer.weeks.range", assertThrows(BusinessException.class,
                () -> OfferMother.draft(OfferMother.direction("DAC", 1), 27, 35, true)).key());
    }

    @Test
    void theDeadlineMustComeBeforeTheStart() {
        Offer offer = OfferMother.draft();
        BusinessException e = assertThrows(BusinessException.class, () -> offer.schedule(
                new Period(TODAY.plusDays(3), 4), 35, TODAY.plusDays(10)));
        assertEquals("offer.deadline.afterStart", e.key());
    }

    @Test
    void onlyAPublishedOfferCanBeUnpublishedAndRepublished() {
        Offer offer = OfferMother.draft();
        assertEquals("offer.transition.refused", assertThrows(BusinessException.class, offer::unpublish).key());
        offer.publish(TODAY);
        var firstPublication = offer.getPublishedAt();
        offer.unpublish();
        assertEquals(OfferStatus.UNPUBLISHED, offer.getStatus());
        assertFalse(offer.isVisibleToPublic(TODAY));
        offer.publish(TODAY);
        assertEquals(OfferStatus.PUBLISHED, offer.getStatus());
        assertEquals(firstPublication, offer.getPublishedAt(), "republishing keeps the first publication date");
    }

    @Test
    void aFilledOfferLeavesTheSiteAndCannotComeBack() {
        Offer offer = OfferMother.draft();
        assertThrows(BusinessException.class, offer::markFilled);
        offer.publish(TODAY);
        offer.markFilled();
        assertEquals(OfferStatus.FILLED, offer.getStatus());
        assertFalse(offer.isVisibleToPublic(TODAY));
        assertThrows(BusinessException.class, () -> offer.publish(TODAY));
    }

    @Test
    void aPublishedOfferExpiresTheDayAfterItsDeadline() {
        Offer offer = OfferMother.draft();
        offer.publish(TODAY);
        assertFalse(offer.expireIfOverdue(offer.getApplicationDeadline()));
        assertEquals(OfferStatus.PUBLISHED, offer.getStatus());
        assertTrue(offer.expireIfOverdue(offer.getApplicationDeadline().plusDays(1)));
        assertEquals(OfferStatus.EXPIRED, offer.getStatus());
    }

    @Test
    void aDraftDoesNotExpire() {
        Offer offer = OfferMother.draft();
        assertFalse(offer.expireIfOverdue(offer.getApplicationDeadline().plusDays(30)));
        assertEquals(OfferStatus.DRAFT, offer.getStatus());
    }

    @Test
    void textsAreRequiredAndTrimmed() {
        Offer offer = OfferMother.draft();
        assertEquals("offer.title.required", assertThrows(BusinessException.class,
                () -> offer.describe("  ", "m", "p")).key());
        offer.describe("  Stage  ", "m", "p");
        assertEquals("Stage", offer.getTitle());
    }
}
