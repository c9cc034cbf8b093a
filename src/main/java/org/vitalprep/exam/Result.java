package org.vitalprep.exam;

import java.util.List;

/**
 * The outcome of a submitted attempt, over its scored items (pretest items do not count).
 *
 * @param scaled   the score on the exam's reporting scale, or null for practice
 * @param passed   against the exam's passing standard, or null for practice
 * @param domains  per blueprint domain (or per module for practice), with the band against the standard
 */
public record Result(int scoredItems, double rawScore, int percent, Integer scaled, Boolean passed, String standard,
                     List<DomainResult> domains, long totalTimeMs) {

    public Result {
        domains = List.copyOf(domains);
    }

    public enum Band { ABOVE, NEAR, BELOW }

    public record DomainResult(String code, String name, int items, double score, int percent, Band band) {}
}
