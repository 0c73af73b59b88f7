package fr.stages.notifications.boundary;

/** A writer cannot write a mail because what it is about is gone: waiting will not help, the mail fails for good. */
public class UnwritableMail extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnwritableMail(String reason) {
        super(reason);
    }
}
