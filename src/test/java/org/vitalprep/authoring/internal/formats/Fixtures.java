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

    static ConversionReport.Entry entry(Conversion c, int number) {
        return c.report().entries().stream().filter(e -> e.number() == number).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + number + " in\n" + c.report().toText()));
    }
}
