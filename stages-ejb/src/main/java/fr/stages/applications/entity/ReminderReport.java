package fr.stages.applications.entity;

import fr.stages.notifications.entity.MailStatus;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The daily reminder as a direction's correspondent sees it, so that the direction can trust it: when the next
 * one leaves, when the last one ran (null: never yet), and what it sent then to the direction's agents (nothing:
 * no application of theirs was waiting too long).
 */
public record ReminderReport(LocalDateTime next, LocalDateTime lastRun, List<Sent> sent) {

    /** One agent's reminder of the last run: to whom, its subject (the number of applications), where it is. */
    public record Sent(String recipientName, String recipient, String subject, MailStatus status,
                       LocalDateTime sentAt) {
    }
}
