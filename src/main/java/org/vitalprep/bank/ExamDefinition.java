package org.vitalprep.bank;

import java.util.List;
import java.util.stream.Stream;

/**
 * A certification exam as defined in {@code question-banks/exams/*.json}: length, time, segments, the domain
 * blueprint and the passing standard. Domain codes are the tags questions carry.
 */
public record ExamDefinition(String id, String name, String body, int scoredItems, int pretestItems, int timeMinutes,
                             List<Segment> segments, Scoring scoring, List<Domain> domains) {

    public ExamDefinition {
        segments = List.copyOf(segments);
        domains = List.copyOf(domains);
    }

    public record Segment(String name, int items, int minutes) {}

    public record Scoring(int scaleMin, int scaleMax, int passingScaled, int passingRawPercent, String note) {}

    public record Domain(String code, String name, int items, List<Domain> subdomains) {
        public Domain {
            subdomains = subdomains == null ? List.of() : List.copyOf(subdomains);
        }
    }

    /** The codes a question may be tagged with: domains without sub-domains, and every sub-domain. */
    public Stream<Domain> leafDomains() {
        return domains.stream().flatMap(d -> d.subdomains().isEmpty() ? Stream.of(d) : d.subdomains().stream());
    }
}
