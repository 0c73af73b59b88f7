package fr.stages.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Schedule;
import jakarta.ejb.Timeout;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every timer of the platform survives a run that fails (TimerRuns says how the container drops it otherwise):
 * its bean carries TimerRuns, and its method takes no transaction of its own, whose failed commit would reach
 * the container past the interceptor.
 */
class TimerRulesTest {

    @Test
    void everyTimerSurvivesAFailedRun() throws Exception {
        List<String> timers = new ArrayList<>();
        for (Class<?> bean : SecurityRulesTest.beans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Schedule.class) && !method.isAnnotationPresent(Timeout.class)) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + method.getName();
                timers.add(name);
                Interceptors interceptors = bean.getAnnotation(Interceptors.class);
                assertTrue(interceptors != null && Arrays.asList(interceptors.value()).contains(TimerRuns.class),
                        name + ": its bean must carry @Interceptors(TimerRuns.class)");
                TransactionAttribute transaction = method.getAnnotation(TransactionAttribute.class);
                assertTrue(transaction != null && transaction.value() == TransactionAttributeType.NOT_SUPPORTED,
                        name + ": a timer's method takes no transaction (NOT_SUPPORTED); its work commits in calls of its own");
            }
        }
        // the list is the one the platform has: a timer lost from a refactoring shows here too
        assertEquals(List.of("Agents.scheduled", "Alerts.everyMorning", "CandidateAccounts.scheduled",
                "MailSweeper.scheduled", "Offers.scheduled", "Reminders.everyMorning", "Retention.nightly",
                "Search.check", "Audience.save").stream().sorted().toList(), timers.stream().sorted().toList());
    }
}
