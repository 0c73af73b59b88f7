package fr.stages.applications.entity;

import java.util.List;

/**
 * What an action on several applications did: how many were answered (one mail each), and the references of
 * those left as they were because their status did not allow it (already rejected, withdrawn…).
 */
public record Answer(int done, List<String> skipped) {
}
