package fr.stages.notifications.entity;

public enum MailStatus {
    QUEUED, SENT, FAILED
}
