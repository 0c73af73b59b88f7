package fr.stages.applications.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in the direction's recruitment: received, read, shortlisted, invited to an
 * interview, then accepted or rejected; withdrawn when the candidate gives up. Rejected and withdrawn are final.
 */
public enum ApplicationStatus {
    RECEIVED, READ, SHORTLISTED, INVITED, ACCEPTED, REJECTED, WITHDRAWN;

    /** Awaiting the direction's answer: what "all pending" rejects and what response delays count. */
    public static final Set<ApplicationStatus> PENDING = EnumSet.of(RECEIVED, READ, SHORTLISTED, INVITED);

    /** The candidate has had no answer yet (reading and shortlisting are the direction's own business). */
    public static final Set<ApplicationStatus> UNANSWERED = EnumSet.of(RECEIVED, READ, SHORTLISTED);

    public boolean isPending() {
        return PENDING.contains(this);
    }

    /** Whether an agent may move an application from this status to that one. */
    public boolean leadsTo(ApplicationStatus next) {
        return switch (next) {
            case RECEIVED -> false;
            case READ -> this == RECEIVED;
            case SHORTLISTED -> this == RECEIVED || this == READ;
            // invited again: the interview moved
            case INVITED -> isPending();
            case ACCEPTED -> isPending();
            case REJECTED -> isPending();
            case WITHDRAWN -> isPending() || this == ACCEPTED;
        };
    }
}
