package org.vitalprep.catalog.internal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's lessons: named NN-slug.md, with learning objectives and exam tips; eight or more per module. */
class LessonContentTest {

    static final List<String> MODULES = List.of("clinical-duties", "ehr", "phlebotomy", "ekg", "law-ethics");

    @Test
    void everyLessonIsWellFormed() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("content"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".md") && !f.getFileName().toString().equals("COVERAGE.md")).toList()) {
                String md = Files.readString(p, StandardCharsets.UTF_8);
                var parsed = LessonParser.parse(p.getFileName().toString(), md);
                if (parsed.isEmpty()) {
                    problems.add(p + ": not named NN-slug.md");
                    continue;
                }
                if (parsed.get().objectives().isEmpty()) problems.add(p + ": no learning objectives (a '## Learning objectives' list)");
                if (!md.contains("## Exam tips")) problems.add(p + ": no '## Exam tips' section");
                if (md.contains("<script") || md.contains("<iframe")) problems.add(p + ": raw HTML");
            }
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyModuleHasEightLessons() throws IOException {
        for (String m : MODULES) {
            try (Stream<Path> files = Files.list(Path.of("content", m))) {
                assertThat(files.filter(f -> f.toString().endsWith(".md")).count()).as("lessons in " + m)
                        .isGreaterThanOrEqualTo(8);
            }
        }
    }
}
