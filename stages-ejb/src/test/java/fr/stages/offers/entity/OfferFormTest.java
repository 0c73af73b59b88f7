package fr.stages.offers.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.accounts.entity.Agent;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.platform.BusinessException;
import fr.stages.platform.FieldError;
import fr.stages.testing.Ids;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing an offer: every mistake at once; edits recorded with what changed; closed offers are duplicated. */
class OfferFormTest {

    private final Agent agent = Agent.correspondent("c@paris.example", "h", "Julien Roche", OfferMother.direction("DAC", 1));
    private final JobFamily family = Ids.withId(new JobFamily("Culture"), 3);
    private final Place place = Ids.withId(new Place("75104", "4e arrondissement", "4th arrondissement", "75004", null, null), 4);

    @Test
    void anEmptyFormSaysEveryMissingFieldAtOnce() {
        List<String> fields = new OfferForm().errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("title", "missions", "profile", "jobFamily", "place", "start", "weeks",
                "educationLevel", "deadline"), fields);
    }

    @Test
    void theLawsOfInternshipsAreCheckedOnTheForm() {
        OfferForm form = filled();
        form.setWeeks(12); // 12 x 35 h = 420 h > 308 h: gratification due
        form.setDeadline(form.getStart().plusDays(1));
        form.setWeeklyHours(36);
        form.setContactEmail("pas une adresse");
        List<String> keys = form.errors().stream().map(FieldError::key).toList();
        assertEquals(List.of("offer.weeklyHours.range", "offer.deadline.afterStart", "offer.contactEmail.invalid"),
                keys, "36 h is out of range, so no gratification message on top");
        form.setWeeklyHours(35);
        assertTrue(form.errors().stream().anyMatch(e -> e.key().equals("offer.publish.gratificationRequired")));
    }

    @Test
    void anEditRecordsWhichFieldsChanged() {
        Offer offer = Offer.written(OfferMother.direction("DAC", 1), null, family, place, filled(), agent);
        OfferForm form = OfferForm.of(offer);
        form.setTitle("  Nouvel intitulé ");
        form.setPositions(3);
        offer.edit(null, family, place, form, agent);
        assertEquals("Nouvel intitulé", offer.getTitle());
        List<OfferEvent> history = offer.getHistory();
        assertEquals(List.of(OfferAction.CREATED, OfferAction.EDITED), history.stream().map(OfferEvent::getAction)
                .toList());
        assertEquals("title,positions", history.get(1).getDetail());
        assertEquals("Julien Roche", history.get(1).getAuthorName());
        offer.edit(null, family, place, OfferForm.of(offer), agent);
        assertEquals(2, offer.getHistory().size(), "saving without change records nothing");
    }

    @Test
    void aCopySavedUnchangedFromABrowserRecordsNoChange() {
        Offer offer = Offer.written(OfferMother.direction("DAC", 1), null, family, place, filled(), agent);
        offer.describe(offer.getTitle(), "Accueillir le public.\nRédiger des fiches.", "Licence.\nCuriosité.");
        Offer copy = offer.duplicate(agent);
        OfferForm sent = OfferForm.of(copy);
        // what a browser sends back from the text areas: the same lines, ended by \r\n
        sent.setMissions(copy.getMissions().replace("\n", "\r\n"));
        sent.setProfile(copy.getProfile().replace("\n", "\r\n") + "\r\n");
        copy.edit(null, family, place, sent, agent);
        assertEquals(List.of(OfferAction.DUPLICATED), copy.getHistory().stream()
                .map(OfferEvent::getAction).toList(), "no phantom change: " + copy.getHistory().stream()
                .map(OfferEvent::getDetail).toList());
        assertEquals("Accueillir le public.\nRédiger des fiches.", copy.getMissions());
    }

    @Test
    void anEditOverANewerVersionOrOfAClosedOfferIsRefused() {
        Offer offer = Offer.written(OfferMother.direction("DAC", 1), null, family, place, filled(), agent);
        OfferForm stale = OfferForm.of(offer);
        stale.setVersion(offer.getVersion() - 1);
        assertEquals("offer.edit.changedMeanwhile", assertThrows(BusinessException.class,
                () -> offer.edit(null, family, place, stale, agent)).key());
        offer.publish(LocalDate.now(), agent);
        offer.markFilled(agent);
        assertEquals("offer.edit.closed", assertThrows(BusinessException.class,
                () -> offer.edit(null, family, place, OfferForm.of(offer), agent)).key());
        Offer copy = offer.duplicate(agent);
        assertEquals(OfferStatus.DRAFT, copy.getStatus());
        assertEquals(offer.getTitle(), copy.getTitle());
        assertNull(copy.getPublishedAt());
        assertEquals(OfferAction.DUPLICATED, copy.getHistory().get(0).getAction());
    }

    private OfferForm filled() {
        OfferForm form = new OfferForm();
        form.setTitle("Stage de médiation");
        form.setMissions("- Animer des ateliers.");
        form.setProfile("Licence.");
        form.setJobFamilyId(3L);
        form.setPlaceId(4L);
        form.setStart(LocalDate.now().plusMonths(3));
        form.setWeeks(8);
        form.setWeeklyHours(35);
        form.setEducationLevel(EducationLevel.BAC_3);
        form.setDeadline(LocalDate.now().plusMonths(1));
        return form;
    }
}
