package fr.stages.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.stages.platform.CityTime;
import fr.stages.testing.Deployments;
import fr.stages.testing.Fixtures;
import jakarta.ejb.EJB;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sign-in brake keeps network addresses (keyed hashes) only as long as they serve: failures and
 * forgotten-password requests a day, the addresses a login signed in from 180 days after the last sign-in.
 */
@ExtendWith(ArquillianExtension.class)
class SignInTracesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.business();
    }

    @EJB
    Agents agents;

    @EJB
    Fixtures fixtures;

    @Test
    void oldTracesAreForgottenRecentOnesKept() {
        String old = "ancienne-" + UUID.randomUUID();
        String recent = "recente-" + UUID.randomUUID();
        String stale = "perimee-" + UUID.randomUUID();
        fixtures.signInTraces(old + "@traces.example", old, CityTime.now().minusHours(25));
        fixtures.signInTraces(recent + "@traces.example", recent, CityTime.now().minusHours(2));
        fixtures.signInTraces(stale + "@traces.example", stale, CityTime.now().minusDays(181));

        agents.forgetOldTraces();

        for (String table : new String[] {"login_failure", "reset_request"}) {
            assertEquals(0, fixtures.signInTraces(table, old), table + " of yesterday");
            assertEquals(1, fixtures.signInTraces(table, recent), table + " of two hours ago");
        }
        assertEquals(1, fixtures.signInTraces("known_address", old), "an address used a day ago is still known");
        assertEquals(0, fixtures.signInTraces("known_address", stale), "not used for 181 days: a stranger again");
    }

    /**
     * Five wrong passwords against a login from strangers' addresses make it wait while they are within the
     * last 15 minutes, and no longer: pinned on both sides (14 and 16 minutes).
     */
    @Test
    void fiveFailuresMakeALoginWaitFifteenMinutesNoMore() {
        String login = "verrou-" + UUID.randomUUID() + "@traces.example";
        for (int i = 0; i < fr.stages.accounts.entity.LoginFailure.MAX_FAILURES - 1; i++) {
            agents.failed(login, "203.0.113." + i);
        }
        assertTrue(agents.waitBeforeTrying(login, "198.51.100.7").isEmpty(), "four failures: not yet");
        agents.failed(login, "203.0.113.99");
        assertTrue(agents.waitBeforeTrying(login, "198.51.100.7").isPresent(), "five: wait");

        fixtures.backdateLoginFailures(login, CityTime.now().minusMinutes(14));
        var wait = agents.waitBeforeTrying(login, "198.51.100.7");
        assertTrue(wait.isPresent() && wait.get().minutes() <= 2, "14 minutes ago: still waiting, a minute or so: "
                + wait);
        fixtures.backdateLoginFailures(login, CityTime.now().minusMinutes(16));
        assertTrue(agents.waitBeforeTrying(login, "198.51.100.7").isEmpty(), "16 minutes ago: free again");
    }
}
