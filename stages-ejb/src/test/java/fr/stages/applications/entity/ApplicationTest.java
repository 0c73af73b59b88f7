package fr.stages.applications.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.accounts.entity.Agent;
import fr.stages.directions.entity.Direction;
import fr.stages.directions.entity.JobFamily;
import fr.stages.directions.entity.Place;
import fr.stages.directions.entity.Service;
import fr.stages.offers.entity.EducationLevel;
import fr.stages.offers.entity.Offer;
import fr.stages.offers.entity.OfferMother;
import fr.stages.platform.BusinessException;
import fr.stages.testing.Ids;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline an application goes through, each step recorded with who made it. */
class ApplicationTest {

    private final Direction dac = OfferMother.direction("DAC", 1);
    private final Service libraries = Ids.withId(new Service(dac, "Bibliothèques", null), 10);
    private final Agent agent = Agent.ofService("claire@paris.example", "hash", "Claire Moulin", libraries);
    private final Application application = new Application(OfferMother.draft(), new Candidate("Léa", "Martin",
            "lea@etudiant.example", null, "Sorbonne", "Licence d'histoire", EducationLevel.BAC_3, "fr"), "Bonjour");

    @Test
    void openingANewApplicationMarksItReadOnce() {
        assertTrue(application.open(agent));
        assertEquals(ApplicationStatus.READ, application.getStatus());
        assertFalse(application.open(agent), "read already: nothing more to record");
        assertEquals(1, application.getHistory().size());
        ApplicationEvent read = application.getHistory().get(0);
        assertEquals(ApplicationStatus.RECEIVED, read.getFrom());
        assertEquals(ApplicationStatus.READ, read.getTo());
        assertEquals("Claire Moulin", read.getAuthorName());
        assertTrue(read.isTransition());
    }

    @Test
    void aShortlistedCandidateIsInvitedThenAccepted() {
        application.shortlist(agent);
        Interview interview = new Interview(LocalDateTime.of(2030, 1, 7, 10, 30, 42), 45,
                "  5 rue Lobau,\n75004 Paris ", "Mme Durand", LocalDateTime.of(2030, 1, 1, 9, 0));
        application.invite(agent, interview);
        assertEquals(ApplicationStatus.INVITED, application.getStatus());
        assertEquals(LocalDateTime.of(2030, 1, 7, 10, 30), application.getInterview().getStart(), "minutes only");
        assertEquals("5 rue Lobau, 75004 Paris", application.getInterview().getLocation(), "one line");
        application.invite(agent, interview); // the interview moved (here: the same, sent again)
        application.accept(agent);
        assertEquals(List.of(ApplicationStatus.SHORTLISTED, ApplicationStatus.INVITED, ApplicationStatus.INVITED,
                ApplicationStatus.ACCEPTED), application.getHistory().stream().map(ApplicationEvent::getTo).toList());
    }

    @Test
    void aRejectionIsFinalAndKeepsItsReason() {
        application.reject(agent, "Stage pourvu");
        assertEquals("Stage pourvu", application.getHistory().get(0).getNote());
        BusinessException again = assertThrows(BusinessException.class, () -> application.reject(agent, null));
        assertEquals("application.transition.refused", again.key());
        assertThrows(BusinessException.class, () -> application.shortlist(agent));
        assertThrows(BusinessException.class, () -> application.withdraw(agent));
        assertEquals(1, application.getHistory().size(), "refused steps leave no trace");
    }

    @Test
    void anAcceptedCandidateMayStillWithdrawButNotBeRejected() {
        application.accept(agent);
        assertThrows(BusinessException.class, () -> application.reject(agent, null));
        application.withdraw(agent);
        assertEquals(ApplicationStatus.WITHDRAWN, application.getStatus());
    }

    @Test
    void theCandidateWithdrawsOnceWithoutAnAgentButNotOnceRejected() {
        application.invite(agent, new Interview(LocalDateTime.of(2030, 1, 7, 10, 0), 30, "Lobau", null,
                LocalDateTime.of(2030, 1, 1, 9, 0)));
        assertTrue(application.mayBeWithdrawn());
        assertTrue(application.withdrawByCandidate());
        assertEquals(ApplicationStatus.WITHDRAWN, application.getStatus());
        ApplicationEvent withdrawn = application.getHistory().get(1);
        assertTrue(withdrawn.isByCandidate());
        assertNull(withdrawn.getAuthorName());
        assertFalse(application.withdrawByCandidate(), "the link clicked twice changes nothing");
        assertEquals(2, application.getHistory().size());
        assertFalse(application.getHistory().get(0).isByCandidate(), "the agent's invitation");

        Application rejected = new Application(OfferMother.draft(), application.getCandidate(), null);
        rejected.reject(agent, "Profil");
        assertFalse(rejected.mayBeWithdrawn());
        assertEquals("application.withdraw.answered",
                assertThrows(BusinessException.class, rejected::withdrawByCandidate).key());
        assertEquals(ApplicationStatus.REJECTED, rejected.getStatus());
    }

    @Test
    void anAgentRecordingAWithdrawalIsNamed() {
        application.withdraw(agent);
        assertFalse(application.getHistory().get(0).isByCandidate());
        assertThrows(NullPointerException.class, () -> new Application(OfferMother.draft(),
                application.getCandidate(), null).withdraw(null), "an agent's record needs the agent");
    }

    @Test
    void notesAreRequiredAndBounded() {
        assertEquals("application.note.required",
                assertThrows(BusinessException.class, () -> application.note(agent, "  ")).key());
        assertEquals("application.note.tooLong", assertThrows(BusinessException.class,
                () -> application.note(agent, "x".repeat(ApplicationEvent.NOTE_LENGTH + 1))).key());
        ApplicationEvent note = application.note(agent, " Très bon dossier ");
        assertEquals("Très bon dossier", note.getNote());
        assertFalse(note.isTransition());
        assertNull(note.getTo());
        assertEquals(ApplicationStatus.RECEIVED, application.getStatus(), "a note changes nothing else");
    }

    @Test
    void anApplicationIsLateWhenUnansweredLongerThanTheDirectionAllows() {
        LocalDateTime received = application.getReceivedAt();
        assertFalse(application.isUnansweredAfter(15, received.plusDays(15)));
        assertTrue(application.isUnansweredAfter(15, received.plusDays(16)));
        application.shortlist(agent);
        assertTrue(application.isUnansweredAfter(15, received.plusDays(16)), "shortlisting is no answer");
        application.reject(agent, null);
        assertFalse(application.isUnansweredAfter(15, received.plusDays(16)), "answered");
    }

    @Test
    void anInterviewMustBeSensible() {
        LocalDateTime now = LocalDateTime.of(2030, 1, 1, 9, 0);
        assertEquals("interview.start.past", assertThrows(BusinessException.class,
                () -> new Interview(now.minusHours(1), 30, "Mairie", null, now)).key());
        assertEquals("interview.minutes.range", assertThrows(BusinessException.class,
                () -> new Interview(now.plusDays(1), 5, "Mairie", null, now)).key());
        assertEquals("interview.location.required", assertThrows(BusinessException.class,
                () -> new Interview(now.plusDays(1), 30, " ", null, now)).key());
        assertTrue(new Interview(now.plusDays(1), 30, "https://visio.paris.fr/abc", null, now).isOnline());
    }

    @Test
    void agentsManageTheirServiceOffersCorrespondentsTheirDirections() {
        Offer ofLibraries = offer(libraries);
        Offer ofArchives = offer(Ids.withId(new Service(dac, "Archives", null), 11));
        assertTrue(ofLibraries.isManagedBy(agent));
        assertFalse(ofArchives.isManagedBy(agent), "another service of the same direction");
        assertFalse(offer(null).isManagedBy(agent), "the direction's own offers: its correspondent's");
        assertTrue(ofArchives.isManagedBy(Agent.correspondent("c@paris.example", "h", "C", dac)));
        assertFalse(ofArchives.isManagedBy(Agent.correspondent("d@paris.example", "h", "D",
                OfferMother.direction("DEVE", 2))));
        assertTrue(ofArchives.isManagedBy(Agent.office("b@paris.example", "h", "B")));
    }

    private Offer offer(Service service) {
        return new Offer(dac, service, new JobFamily("Culture"), new Place("75104", "4e", null, "75004", null, null), null);
    }
}
