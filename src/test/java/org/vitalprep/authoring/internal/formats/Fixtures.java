package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Test fixtures under src/test/resources/formats/ and a shared validator. */
final class Fixtures {

    static final BankFormat FORMAT = new BankFormat(BankFormat.bundledDomainCodes());

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/formats/" + name)) {
            if (in == null) throw new IllegalStateException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Conversion read(InterchangeFormat format, String text) {
        return read(format, text.getBytes(StandardCharsets.UTF_8));
    }

    static Conversion read(InterchangeFormat format, byte[] bytes) {
        return BankConverter.read(format, "test", bytes, options(), FORMAT);
    }

    static ImportOptions options() {
        return new ImportOptions("imported", "Imported", "foundations");
    }

    static Question byId(Conversion c, String id) {
        return c.questions().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no question " + id + " in\n" + c.report().toText()));
    }

    /** One question from its bank JSON (checked by the validator), filed under {@code module}. */
    static Question question(String module, String json) {
        BankFormat.Parsed p = FORMAT.parseQuestion(module, json);
        if (!p.ok()) throw new AssertionError(p.errors().toString());
        return p.questions().getFirst().withBank("test-bank", module);
    }

    /** All questions of a repository bank. */
    static java.util.List<Question> bank(String file) {
        try {
            java.nio.file.Path path = java.nio.file.Path.of("question-banks", file);
            BankFormat.Parsed p = FORMAT.parse(path.toString(), java.nio.file.Files.readAllBytes(path));
            if (!p.ok()) throw new AssertionError(p.errors().toString());
            return p.questions();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Question first(java.util.List<Question> questions, java.util.function.Predicate<Question> p) {
        return questions.stream().filter(p).findFirst().orElseThrow();
    }

    static ConversionReport.Entry entry(Conversion c, int number) {
        return c.report().entries().stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + number + " in\n" + c.report().toText()));
    }
}
