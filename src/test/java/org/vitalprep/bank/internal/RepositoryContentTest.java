package org.vitalprep.bank.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.ContentCommands;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The content lint over the repository's own banks (part of the suite: a bad item fails the build). */
class RepositoryContentTest {

    static final Path REPO = Path.of(".");
    static final List<String> MODULES = List.of("clinical-duties", "ehr", "phlebotomy", "ekg", "law-ethics");

    @Test
    void theBanksPassTheValidatorAndTheContentLint() {
        List<BankError> errors = ContentCommands.lint(REPO);
        assertThat(errors).as(errors.stream().map(BankError::toString).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    void everyModuleHasAFullBank() {
        List<Question> qs = RepositoryContent.load(REPO).questions();
        Map<String, List<Question>> byModule = qs.stream().filter(Question::published)
                .collect(Collectors.groupingBy(Question::module));
        for (String m : MODULES) {
            List<Question> items = byModule.getOrDefault(m, List.of());
            assertThat(items).as("published items in " + m).hasSizeGreaterThanOrEqualTo(120);
            long other = items.stream().filter(q -> q.type() != QuestionType.SINGLE_BEST_ANSWER).count();
            assertThat(other * 100 / items.size()).as("share of other item types in " + m).isGreaterThanOrEqualTo(20);
            assertThat(items.stream().map(Question::difficulty).distinct()).as("difficulty spread in " + m)
                    .containsExactlyInAnyOrder("easy", "medium", "hard");
        }
    }

    @Test
    void theCoverageReportIsUpToDate() throws IOException {
        String committed = Files.readString(REPO.resolve("content/COVERAGE.md"), StandardCharsets.UTF_8);
        assertThat(committed).as("content/COVERAGE.md is stale: run java -jar target/vitalprep-*.jar coverage "
                + "--output content/COVERAGE.md").isEqualTo(ContentCommands.coverage(REPO));
    }
}
