package fr.stages.web.health;

import fr.stages.notifications.boundary.Notifications;
import fr.stages.notifications.control.MailSweeper;
import fr.stages.notifications.entity.MailBacklog;
import fr.stages.platform.CityTime;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Whether mails leave: down when a queued mail is late by more than stages.mail.alert-minutes (15 by default;
 * at least the sweeper's delay plus a minute). A mail waiting for its next attempt while the SMTP server is down
 * is not late; one whose message nobody takes is. A liveness check, not a readiness one: the pages still serve,
 * but the mail dispatcher is stuck, which a restart of the server cures (seen after a crash: a stale message
 * endpoint). Read at /health and /health/live.
 */
@Liveness
@ApplicationScoped
public class MailHealth implements HealthCheck {

    @Inject
    Notifications notifications;

    @Override
    public HealthCheckResponse call() {
        try {
            MailBacklog backlog = notifications.backlog();
            Duration late = backlog.lateness(CityTime.now());
            return HealthCheckResponse.named("mail")
                    .status(late.compareTo(threshold()) <= 0)
                    .withData("waiting", backlog.waiting())
                    .withData("oldestLateSeconds", late.toSeconds())
                    .withData("alertAfterSeconds", threshold().toSeconds())
                    .build();
        } catch (EJBException e) {
            return HealthCheckResponse.named("mail").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }

    static Duration threshold() {
        Duration configured = Duration.ofMinutes(Long.getLong("stages.mail.alert-minutes", 15));
        Duration floor = MailSweeper.sweepAfter().plusMinutes(1);
        return configured.compareTo(floor) < 0 ? floor : configured;
    }
}
