package org.vitalprep.bank.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.platform.ContentFile;
import org.vitalprep.platform.ContentLocator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The exam definitions in {@code question-banks/exams/}, read once and again on each import. */
@Component
public class ExamDefinitions {

    private final ContentLocator locator;
    private volatile List<ExamDefinition> exams;

    ExamDefinitions(ContentLocator locator) {
        this.locator = locator;
        reload();
    }

    public List<ExamDefinition> all() {
        return exams;
    }

    public Set<String> domainCodes() {
        return codes(exams);
    }

    /** Domain codes of the definitions bundled on the classpath, for tools that run without the app. */
    public static Set<String> bundledDomainCodes() {
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
            List<ExamDefinition> defs = new java.util.ArrayList<>();
            for (var r : resolver.getResources("classpath*:bundled/question-banks/exams/*.json")) {
                try (var in = r.getInputStream()) {
                    defs.add(parse(r.getFilename(), in.readAllBytes()));
                }
            }
            return codes(defs);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Set<String> codes(List<ExamDefinition> exams) {
        return exams.stream().flatMap(ExamDefinition::leafDomains).map(ExamDefinition.Domain::code)
                .collect(Collectors.toUnmodifiableSet());
    }

    final void reload() {
        List<ContentFile> files = locator.list("question-banks", ".json").stream()
                .filter(f -> f.relativePath().startsWith("exams/")).toList();
        exams = files.stream().map(f -> parse(f.displayName(), f.bytes()))
                .sorted(Comparator.comparing(ExamDefinition::id)).toList();
    }

    /** Parses and checks one definition; a broken definition stops the start, since every exam depends on it. */
    static ExamDefinition parse(String name, byte[] bytes) {
        ExamDefinition def;
        try {
            def = BankParser.mapper().readValue(bytes, ExamDefinition.class);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Exam definition " + name + " is invalid: " + e.getMessage(), e);
        }
        int domainItems = def.domains().stream().mapToInt(ExamDefinition.Domain::items).sum();
        if (domainItems != def.scoredItems()) {
            throw new IllegalStateException("Exam definition " + name + ": domains add up to " + domainItems
                    + " items but scoredItems is " + def.scoredItems());
        }
        for (ExamDefinition.Domain d : def.domains()) {
            int sub = d.subdomains().stream().mapToInt(ExamDefinition.Domain::items).sum();
            if (!d.subdomains().isEmpty() && sub != d.items()) {
                throw new IllegalStateException("Exam definition " + name + ": sub-domains of " + d.code()
                        + " add up to " + sub + " but the domain has " + d.items());
            }
        }
        int segmentItems = def.segments().stream().mapToInt(ExamDefinition.Segment::items).sum();
        if (segmentItems != def.scoredItems() + def.pretestItems()) {
            throw new IllegalStateException("Exam definition " + name + ": segments hold " + segmentItems
                    + " items but the exam has " + (def.scoredItems() + def.pretestItems()));
        }
        return def;
    }
}
