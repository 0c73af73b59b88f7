package fr.stages.notifications.entity;

/**
 * What a mail is about: the vocabulary of the mail log. The road does not know what a kind says: the capability
 * the kind belongs to writes it (a {@code MailWriter}: applications, spontaneous applications, accounts), each
 * in its own bundle, in French and English.
 */
public enum MailKind {
    /** To a candidate: their application was received, with its reference. */
    APPLICATION_RECEIVED,
    /** To the author of an offer: a new application arrived. */
    APPLICATION_NOTICE,
    /** To the author of an offer (and the direction's address): a candidate withdrew their application. */
    APPLICATION_WITHDRAWN,
    /** To a candidate: an interview, with an iCalendar request attached; replies go to the agent. */
    INTERVIEW_INVITATION,
    /** To a candidate: the application is not kept, in the words the agent chose; replies go to the agent. */
    REJECTION,
    /** To a candidate: a free message from an agent, with the agent's subject; replies go to the agent. */
    CONTACT,
    /** To a candidate: their spontaneous application is in the pool of the directions they chose. */
    SPONTANEOUS_RECEIVED,
    /** To a candidate: an agent took their spontaneous application for one of the direction's offers. */
    SPONTANEOUS_ATTACHED,
    /** To an agent: the daily reminder of the applications waiting for an answer too long (text made at queue time). */
    DAILY_DIGEST,
    /** To an agent: a link to choose a new password (forgotten); the link is erased from the log once sent. */
    PASSWORD_RESET,
    /** To a new agent: their account, with a link to choose their password; erased from the log once sent. */
    ACCOUNT_CREATED,
    /** To a candidate: a one-time link to sign in to their account; erased from the log once sent. */
    SIGN_IN_LINK,
    /** To anyone who saved a search as an alert without an account: the link that confirms it (double opt-in). */
    ALERT_CONFIRMATION,
    /** To whoever saved a search as an alert: the offers published since the previous digest; one-click unsubscribe. */
    ALERT_DIGEST;

    /** The mail carries a secret link in its message: the log keeps it only until the mail has left. */
    public boolean carriesSecret() {
        return this == PASSWORD_RESET || this == ACCOUNT_CREATED || this == SIGN_IN_LINK || this == ALERT_CONFIRMATION;
    }
}
