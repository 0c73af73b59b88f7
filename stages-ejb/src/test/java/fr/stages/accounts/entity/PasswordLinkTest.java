package fr.stages.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.CityTime;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The forgotten-password link works for one hour, once; an account's first link for a week. */
class PasswordLinkTest {

    private final Agent agent = Agent.office("b@paris.example", "hash", "Bureau");

    @Test
    void aForgottenPasswordLinkWorksForOneHourNoMore() {
        LocalDateTime now = CityTime.now();
        PasswordLink link = new PasswordLink(agent, PasswordLink.FORGOTTEN);
        assertTrue(link.isUsable(now.plusMinutes(59)));
        assertFalse(link.isUsable(now.plusMinutes(61)));
    }

    @Test
    void aNewAccountsLinkWorksForAWeekNoMore() {
        LocalDateTime now = CityTime.now();
        PasswordLink link = new PasswordLink(agent, PasswordLink.NEW_ACCOUNT);
        assertTrue(link.isUsable(now.plusDays(7).minusMinutes(1)));
        assertFalse(link.isUsable(now.plusDays(7).plusMinutes(1)));
    }

    @Test
    void aLinkWorksOnceAndOnlyForAnActiveAccount() {
        LocalDateTime now = CityTime.now();
        PasswordLink link = new PasswordLink(agent, PasswordLink.FORGOTTEN);
        assertNotEquals(new PasswordLink(agent, PasswordLink.FORGOTTEN).getSecret(), link.getSecret());
        link.use();
        assertFalse(link.isUsable(now.plusMinutes(1)), "used");
    }
}
