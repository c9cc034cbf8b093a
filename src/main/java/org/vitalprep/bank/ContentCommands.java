package org.vitalprep.bank;

import org.vitalprep.bank.internal.ContentLint;
import org.vitalprep.bank.internal.CoverageReport;
import org.vitalprep.bank.internal.RepositoryContent;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Command-line tools over a repository checkout, run without starting the app:
 * {@code java -jar vitalprep.jar coverage [--repo DIR] [--output FILE]} and
 * {@code java -jar vitalprep.jar lint [--repo DIR]}.
 */
public final class ContentCommands {

    private ContentCommands() {
    }

    /** The coverage report of the repository at {@code repo}. */
    public static String coverage(Path repo) {
        RepositoryContent.Loaded loaded = RepositoryContent.load(repo);
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("The banks have errors; fix them first:\n" + String.join("\n",
                    loaded.errors().stream().map(BankError::toString).toList()));
        }
        return CoverageReport.render(loaded.questions(), loaded.exams(), RepositoryContent.moduleTitles(repo));
    }

    /** Validator and content-lint errors of the repository's banks. */
    public static List<BankError> lint(Path repo) {
        RepositoryContent.Loaded loaded = RepositoryContent.load(repo);
        List<BankError> errors = new java.util.ArrayList<>(loaded.errors());
        errors.addAll(ContentLint.lint(loaded.banks()));
        return errors;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        String command = args[0];
        Path repo = Path.of(option(args, "--repo", "."));
        if (!Files.isDirectory(repo.resolve("question-banks"))) {
            err.println("No question-banks/ folder in " + repo.toAbsolutePath() + " (use --repo DIR)");
            return 2;
        }
        switch (command) {
            case "coverage" -> {
                String report = coverage(repo);
                String output = option(args, "--output", null);
                if (output == null) out.print(report);
                else {
                    Files.writeString(Path.of(output), report, StandardCharsets.UTF_8);
                    err.println("Wrote " + output);
                }
                return 0;
            }
            case "lint" -> {
                List<BankError> errors = lint(repo);
                errors.forEach(e -> out.println(e));
                err.println(errors.isEmpty() ? "Content lint: no errors" : "Content lint: " + errors.size() + " error(s)");
                return errors.isEmpty() ? 0 : 1;
            }
            default -> {
                err.println("Unknown command " + command);
                return 2;
            }
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) return args[i + 1];
        }
        return fallback;
    }
}
