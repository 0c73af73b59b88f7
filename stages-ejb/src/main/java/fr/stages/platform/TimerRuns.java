package fr.stages.platform;

import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the platform's timers alive whatever one run meets. When a timer's run fails (an exception, or its
 * transaction rolled back), the EJB container runs it once more, and when that fails too it drops the timer for
 * good ("EJB5119: Expunging timer … after [2] failed deliveries"), periodic or daily alike: with the database
 * stopped for a minute, the mail sweeper and the search index's check stopped until the next deployment, and a
 * database down at 07:30 would have ended the daily reminders. So a run's failure is logged here and the timer
 * waits for its next time. The timers' own methods take no transaction (NOT_SUPPORTED): their work commits in
 * calls of its own, whose failures come back here as exceptions (a failed commit of the timer's own transaction
 * would reach the container after this interceptor). TimerRulesTest holds every timer to both rules.
 */
public class TimerRuns {

    private static final Logger LOG = Logger.getLogger(TimerRuns.class.getName());

    @AroundTimeout
    Object run(InvocationContext run) {
        try {
            return run.proceed();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, e, () -> "Tâche planifiée " + run.getMethod().getDeclaringClass().getSimpleName() + "."
                    + run.getMethod().getName() + " en échec ; elle reprendra à sa prochaine échéance");
            return null;
        }
    }
}
