package org.vitalprep.bank;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The native format: every repository bank survives write-then-parse unchanged; single questions are checked. */
class BankFormatTest {

    private final BankFormat format = new BankFormat(BankFormat.bundledDomainCodes());

    @Test
    void everyRepositoryBankRoundTrips() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("question-banks"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            BankFormat.Parsed first = format.parse(file.toString(), Files.readAllBytes(file));
            assertThat(first.errors()).as(file.toString()).isEmpty();
            byte[] written = BankFormat.write(first.bankId(), first.title(), first.module(), first.version(),
                    first.description(), first.questions());
            BankFormat.Parsed second = format.parse("written", written);
            assertThat(second.errors()).isEmpty();
            assertThat(second.questions()).as(file.toString()).isEqualTo(first.questions());
            assertThat(second.title()).isEqualTo(first.title());
        }
    }

    @Test
    void aDraftMayBeIncompleteButAPublishedQuestionMayNot() {
        String draft = """
                {"id": "d-1", "type": "single-best-answer", "stem": "Which tube has EDTA?",
                 "options": [{"id": "a", "text": "Lavender"}, {"id": "b", "text": "Light blue"}, {"id": "c", "text": "Gray"}],
                 "key": "a", "status": "draft"}""";
        assertThat(format.parseQuestion("phlebotomy", draft).errors()).isEmpty();
        BankFormat.Parsed published = format.parseQuestion("phlebotomy", draft.replace("\"draft\"", "\"published\""));
        assertThat(published.errors()).extracting(BankError::toString)
                .anyMatch(e -> e.contains("/options/0/rationale") && e.contains("only drafts may leave it out"))
                .anyMatch(e -> e.contains("domains"))
                .anyMatch(e -> e.contains("source"));
    }

    @Test
    void aQuestionThatIsNotJsonSaysWhere() {
        BankFormat.Parsed p = format.parseQuestion("ekg", "{\"id\": \"x\",\n \"stem\": }");
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.path()).contains("line 2");
            assertThat(e.message()).startsWith("invalid JSON");
        });
    }

    @Test
    void errorPathsAreRelativeToTheQuestion() {
        String q = """
                {"id": "d-2", "type": "single-best-answer", "stem": "Pick", "key": "z", "status": "draft",
                 "options": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}, {"id": "c", "text": "C"}]}""";
        assertThat(format.parseQuestion("ekg", q).errors()).extracting(BankError::path).containsExactly("/key");
    }
}
