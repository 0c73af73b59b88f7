package fr.stages.notifications.entity;

/** QUEUED: waiting for its message; SENDING: claimed by the dispatcher, SMTP conversation under way; then SENT or FAILED. */
public enum MailStatus {
    QUEUED, SENDING, SENT, FAILED
}
