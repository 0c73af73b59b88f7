package fr.stages.statistics.entity;

/**
 * Where the applications received in a period went. The steps count the applications that reached them
 * (received ⊇ opened or handled ⊇ shortlisted ⊇ interview); the outcomes split them all by where they stand
 * now: accepted, not retained, withdrawn, invited (interview to come or held), waiting within the direction's
 * delay, never answered (unanswered past it). The outcomes add up to the received.
 */
public record Funnel(int received, int read, int shortlisted, int interview, int accepted, int rejected,
                     int withdrawn, int invited, int waiting, int neverAnswered) {
}
