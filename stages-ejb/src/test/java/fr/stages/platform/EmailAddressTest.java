package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void oneValidMailboxIsKeptInLowerCaseWithoutItsSpaces() {
        assertEquals("lea.martin@etudiant.example", EmailAddress.of("  Lea.Martin@Etudiant.example ").value());
        assertEquals("lea.martin@etudiant.example", new EmailAddress("Lea.Martin@Etudiant.example").toString());
        assertEquals(EmailAddress.of("a@b.example"), EmailAddress.of("A@B.example"), "the same address");
        assertNull(EmailAddress.optional("  "));
        assertNull(EmailAddress.optional(null));
        assertEquals("a@b.example", EmailAddress.optional("a@b.example").value());
    }

    @Test
    void addressesThatCouldAddAHeaderOrARecipientAreRefusedWithTheSameMessage() {
        for (String forged : new String[] {"a@b.example\r\nBcc: victim@evil.example", "a@b.example\nX-Test: 1",
            "a@b.example, c@d.example", "Nom <a@b.example>", "a@b.example;c@d.example", "pas-une-adresse", "",
            "a@b.example\u0000", " ", "g: a@b.example, c@d.example;", "liste:;", null,
            "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63)}) {
            BusinessException e = assertThrows(BusinessException.class, () -> EmailAddress.of(forged), forged);
            assertEquals("mail.address.invalid", e.key());
            assertThrows(BusinessException.class, () -> new EmailAddress(forged), "no way around the check");
        }
    }

    @Test
    void anAddressOfTheLongestLengthIsKeptOneCharacterMoreIsRefused() {
        String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".fr";
        assertEquals(EmailAddress.LENGTH, longest.length());
        assertEquals(longest, EmailAddress.of(longest).value());
        BusinessException e = assertThrows(BusinessException.class, () -> EmailAddress.of("a" + longest));
        assertEquals("mail.address.invalid", e.key());
    }
}
