package org.vitalprep.authoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vitalprep.bank.BankFormat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The convert command: output on stdout or a file, the report on stderr, exit codes 0, 1 and 2. */
class ConvertCommandTest {

    @TempDir Path dir;

    private static final BankFormat FORMAT = new BankFormat(BankFormat.bundledDomainCodes());

    private record Run(int exit, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    private static Run run(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = ConvertCommand.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    private Path fixture(String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/formats/" + name)) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void giftToNativeWritesDraftsToStdoutAndTheReportToStderrAndExits1OnRejections() throws Exception {
        Path gift = fixture("questions.gift");
        Run r = run("convert", "--from", "gift", "--to", "vitalprep", gift.toString(), "--module", "phlebotomy");
        assertThat(r.exit()).isEqualTo(1);
        BankFormat.Parsed bank = FORMAT.parse("out", r.out());
        assertThat(bank.errors()).isEmpty();
        assertThat(bank.bankId()).isEqualTo("questions");
        assertThat(bank.module()).isEqualTo("phlebotomy");
        assertThat(bank.questions()).hasSize(10).allSatisfy(q -> assertThat(q.status()).isEqualTo("draft"));
        assertThat(r.err()).startsWith("Read gift " + gift + ": 10 imported, 3 skipped, 2 rejected\n")
                .contains("[13] REJECTED line ").contains("never closed")
                .contains("Wrote vitalprep: 10 exported");
    }

    @Test
    void aikenToMoodleXmlIntoAFileExits0WhenNothingIsRejected() throws Exception {
        Path aiken = dir.resolve("Order of draw.txt");
        Files.writeString(aiken, "Which tube is first?\r\nA. Lavender\r\nB. Light blue\r\nC. Gold\r\nANSWER: B\r\n");
        Path output = dir.resolve("out.xml");
        Run r = run("convert", "--from", "aiken", "--to", "moodle-xml", aiken.toString(), "--output", output.toString(),
                "--module", "phlebotomy", "--bank-id", "ood-import");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        String xml = Files.readString(output);
        assertThat(xml).contains("<question type=\"multichoice\">").contains("<idnumber>ood-import-001</idnumber>")
                .contains("$course$/top/phlebotomy</text>");
        assertThat(r.err()).contains("Read aiken").contains("1 imported")
                .contains("[1] IMPORTED line 1 as ood-import-001 (Aiken has no feedback")
                .contains("Wrote moodle-xml " + output + ": 1 exported");
    }

    @Test
    void nativeBankToGiftReportsWhatIsSkipped() {
        Run r = run("convert", "--from", "vitalprep", "--to", "gift", "question-banks/phlebotomy.json");
        assertThat(r.exit()).isZero();
        assertThat(r.outText()).startsWith("// Phlebotomy (VitalPrep bank phlebotomy)").contains("::phl-saf-01::[markdown]");
        assertThat(r.err()).contains("SKIPPED").contains("ordering: GIFT has no ordering question type")
                .contains("hotspot:");
    }

    @Test
    void readsStandardInputForADash() {
        Run r = run(new ByteArrayInputStream("::Q:: Water is wet.{T}\n".getBytes(StandardCharsets.UTF_8)),
                "convert", "--from", "gift", "--to", "gift", "-");
        assertThat(r.exit()).isZero();
        assertThat(r.outText()).contains("::q::[markdown]Water is wet. {TRUE}");
    }

    @Test
    void usageErrorsExit2() throws Exception {
        Path gift = fixture("questions.gift");
        assertThat(run("convert").exit()).isEqualTo(2);
        Run unknown = run("convert", "--from", "qti", "--to", "gift", gift.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'qti'").contains("Usage: convert");
        Run missing = run("convert", "--from", "gift", "--to", "vitalprep", dir.resolve("nope.gift").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).startsWith("No such file: ");
        assertThat(run("convert", "--from", "gift", "--to", "vitalprep", gift.toString(), "--module", "cardiology").exit()).isEqualTo(2);
        assertThat(run("convert", "--from", "gift", "--to", "vitalprep", gift.toString(), "--bank-id", "Not A Slug").exit()).isEqualTo(2);
        assertThat(run("convert", "--from", "gift", "--to", "vitalprep", gift.toString(), "--colour", "red").exit()).isEqualTo(2);
        assertThat(run("convert", "--from", "gift", "--to", "vitalprep", gift.toString(), gift.toString()).exit()).isEqualTo(2);
        Run help = run("convert", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.outText()).startsWith("Usage: convert");
    }

    @Test
    void aFileThatCannotBeReadAtAllExits1WithWhere() throws Exception {
        Path xml = dir.resolve("broken.xml");
        Files.writeString(xml, "<quiz>\n<question type=\"truefalse\">\n</quiz>\n");
        Run r = run("convert", "--from", "moodle-xml", "--to", "vitalprep", xml.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("[file] REJECTED line 3, column 3: malformed XML").contains("Nothing to write.");
    }
}
