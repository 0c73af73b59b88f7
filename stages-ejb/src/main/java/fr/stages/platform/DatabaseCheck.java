package fr.stages.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Payara's JPA deployer opens an EntityManager while it deploys the application, before any application code
 * runs: an unreachable database would first show as a stack of provider errors. The provider calls this
 * customizer before its login, so the log starts with one message that says what to check.
 */
public class DatabaseCheck implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        Migrations.checkReachable(Migrations.lookup());
    }
}
