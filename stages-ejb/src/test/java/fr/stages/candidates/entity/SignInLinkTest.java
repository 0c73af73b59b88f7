package fr.stages.candidates.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.CityTime;
import fr.stages.platform.EmailAddress;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInLinkTest {

    @Test
    void aLinkWorksFifteenMinutesAndOnlyItsHashIsStored() {
        SignInLink link = new SignInLink(EmailAddress.of("Ines@Etudiant.example"), "client", "en");
        assertEquals("ines@etudiant.example", link.getEmail());
        assertEquals("en", link.getLanguage());
        assertTrue(link.getSecret().matches("[A-Za-z0-9_-]{43}"), link.getSecret());
        assertEquals(64, SignInLink.hash(link.getSecret()).length());
        assertNotEquals(link.getSecret(), SignInLink.hash(link.getSecret()));
        assertTrue(link.isUsable(CityTime.now().plusMinutes(14)));
        assertFalse(link.isUsable(CityTime.now().plusMinutes(16)), "expired after 15 minutes");
        assertNotEquals(link.getSecret(), new SignInLink(EmailAddress.of("ines@etudiant.example"), "client", "fr").getSecret());
    }

    @Test
    void whatCannotBeASecretHasNoHash() {
        assertNull(SignInLink.hash(null));
        assertNull(SignInLink.hash(" "));
        assertNull(SignInLink.hash("x".repeat(101)));
    }

    @Test
    void onlyCandidatesCallersNamesDesignateAnAccount() {
        assertEquals("candidate:42", CandidateAccount.principalName(42));
        assertEquals(Optional.of(42L), CandidateAccount.idOf("candidate:42"));
        assertEquals(Optional.empty(), CandidateAccount.idOf("agent.dac@stages.example"));
        assertEquals(Optional.empty(), CandidateAccount.idOf("candidate:x"));
        assertEquals(Optional.empty(), CandidateAccount.idOf(null));
    }
}
