package fr.stages.notifications.entity;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The mails not sent yet: how many, and how late the oldest queued one is (due at oldestDue; null when none is
 * queued). Late beyond the sweeper's delay means the dispatcher is not working through the queue.
 */
public record MailBacklog(long waiting, LocalDateTime oldestDue) {

    public Duration lateness(LocalDateTime now) {
        return oldestDue == null || oldestDue.isAfter(now) ? Duration.ZERO : Duration.between(oldestDue, now);
    }
}
