package org.vitalprep.bank.internal;

import org.vitalprep.bank.BankError;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a repository checkout's banks and exam definitions straight from disk (for the content lint and the
 * coverage report; no database involved).
 */
public final class RepositoryContent {

    public record Loaded(List<ExamDefinition> exams, List<ContentLint.LintedBank> banks, List<BankError> errors) {
        public List<Question> questions() {
            return banks.stream().flatMap(b -> b.questions().stream()).toList();
        }
    }

    private RepositoryContent() {
    }

    public static Loaded load(Path repo) {
        Path banksDir = repo.resolve("question-banks");
        List<ExamDefinition> exams = new ArrayList<>();
        List<ContentLint.LintedBank> banks = new ArrayList<>();
        List<BankError> errors = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(banksDir)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            for (Path p : files) {
                if (banksDir.relativize(p).startsWith("exams")) {
                    exams.add(ExamDefinitions.parse(p.toString(), Files.readAllBytes(p)));
                }
            }
            exams.sort(Comparator.comparing(ExamDefinition::id));
            BankParser parser = new BankParser(ExamDefinitions.codes(exams));
            for (Path p : files) {
                if (banksDir.relativize(p).startsWith("exams")) continue;
                String name = repo.relativize(p).toString();
                BankParser.Result r = parser.parse(name, Files.readAllBytes(p));
                errors.addAll(r.errors());
                if (r.ok()) {
                    banks.add(new ContentLint.LintedBank(name,
                            r.bank().questions().stream().map(BankParser.ParsedQuestion::question).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Loaded(exams, banks, errors);
    }

    /** Module id to title, from content/modules.json. */
    public static Map<String, String> moduleTitles(Path repo) {
        Map<String, String> titles = new LinkedHashMap<>();
        try {
            for (var m : BankParser.readTree(Files.readAllBytes(repo.resolve("content/modules.json")))) {
                titles.put(m.get("id").asString(), m.get("title").asString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return titles;
    }
}
