package fr.stages.platform;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements each thread has sent through JPA, so that a page can say how many it cost (the web
 * tier's PublicPages, and the integration test that holds public pages to a few statements).
 */
public final class Statements {

    private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);

    private Statements() {
    }

    /** Statements this thread has sent since it started: the difference of two readings is what lay between. */
    public static long sent() {
        return SENT.get()[0];
    }

    /** EclipseLink calls this after every statement it executes (registered in persistence.xml). */
    public static class Listener extends SessionEventAdapter {
        @Override
        public void postExecuteCall(SessionEvent event) {
            SENT.get()[0]++;
        }
    }
}
