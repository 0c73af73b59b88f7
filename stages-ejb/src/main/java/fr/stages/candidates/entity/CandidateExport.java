package fr.stages.candidates.entity;

import java.util.List;

/**
 * Everything the platform holds about a candidate, as they download it (GDPR art. 15 and 20): one JSON document
 * and their files, each under the name it takes in the archive.
 */
public record CandidateExport(byte[] json, List<File> files) {

    public record File(String name, byte[] content) {
    }
}
