package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The facade: size limit, native files, formats by code, the report, the Aiken and CSV writers. */
class BankConverterTest {

    @Test
    void aFileOverTheLimitIsRejectedWhole() {
        byte[] big = new byte[BankConverter.MAX_BYTES + 1];
        for (InterchangeFormat f : InterchangeFormat.values()) {
            Conversion c = BankConverter.read(f, "big.txt", big, Fixtures.options(), Fixtures.FORMAT);
            assertThat(c.report().entries()).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(ConversionReport.Status.REJECTED);
                assertThat(e.reason()).contains("the limit is " + BankConverter.MAX_BYTES);
            });
        }
    }

    @Test
    void aNativeFileWithErrorsIsRejectedWithTheValidatorsErrors() {
        String bank = """
                {"id": "b", "title": "B", "module": "ekg", "version": 1, "questions": [
                  {"id": "q1", "type": "single-best-answer", "stem": "S", "options": [{"id": "a", "text": "A"},
                   {"id": "b", "text": "B"}, {"id": "c", "text": "C"}], "key": "z", "status": "draft"}]}""";
        Conversion c = Fixtures.read(InterchangeFormat.VITALPREP, bank);
        assertThat(c.questions()).isEmpty();
        assertThat(c.report().rejected()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("question q1 at /questions/0/key");
            assertThat(e.reason()).contains("key 'z' is not among the options");
        });
        Conversion broken = Fixtures.read(InterchangeFormat.VITALPREP, "{\"id\": \n");
        assertThat(broken.report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("invalid JSON"));
    }

    @Test
    void formatsByCodeAndOptionsFromAFileName() {
        assertThat(InterchangeFormat.fromCode("moodle-xml")).contains(InterchangeFormat.MOODLE_XML);
        assertThat(InterchangeFormat.fromCode("GIFT")).contains(InterchangeFormat.GIFT);
        assertThat(InterchangeFormat.fromCode("qti")).isEmpty();
        ImportOptions o = ImportOptions.forFile("/tmp/Phlebotomy Quiz (2).xml", null);
        assertThat(o.bankId()).isEqualTo("phlebotomy-quiz-2");
        assertThat(o.title()).isEqualTo("Phlebotomy Quiz (2)");
        assertThat(o.module()).isEqualTo("foundations");
        assertThatThrownBy(() -> new ImportOptions("Bad Id", "t", "ekg")).hasMessageContaining("not a slug");
        assertThatThrownBy(() -> new ImportOptions("ok", "t", "cardiology")).hasMessageContaining("unknown module");
    }

    @Test
    void categoryPathsGiveModuleAndTopic() {
        assertThat(Category.parse("$course$/top/Default for MA 101/Phlebotomy/Order of draw"))
                .isEqualTo(new Category("Default for MA 101/Phlebotomy/Order of draw", "phlebotomy", "order-of-draw"));
        assertThat(Category.parse("$course$/top/ekg")).isEqualTo(new Category("ekg", "ekg", null));
        assertThat(Category.parse("$course$/top/clinical-duties/ehr")).isEqualTo(new Category("clinical-duties/ehr", "clinical-duties", "ehr"));
        assertThat(Category.parse("$module$/top/Default for Quiz 1")).isEqualTo(new Category("Default for Quiz 1", null, null));
        assertThat(Category.parse("Tubes//caps")).isEqualTo(new Category("Tubes/caps", null, "tubes-caps"));
        assertThat(Category.pathFor("phlebotomy", "order-of-draw")).isEqualTo("$course$/top/phlebotomy/order-of-draw");
    }

    @Test
    void theReportHasOneLinePerEntryAndASummary() {
        Conversion c = Fixtures.read(InterchangeFormat.GIFT, "::A:: Yes?{T}\n\n::B:: Why?{}\n\n::C:: Broken {=x\n");
        assertThat(c.report().toText()).isEqualTo("""
                [1] IMPORTED line 1 'A' as a
                [2] SKIPPED line 3 'B': essay: an empty answer block {} asks for free text; VitalPrep has no free-text question type
                [3] REJECTED line 5 'C': line 5, column 14: the answer block opened here with '{' is never closed with '}' (a blank line ends a question; write a literal brace as \\{)
                """);
        assertThat(c.report().summary()).isEqualTo("1 imported, 1 skipped, 1 rejected");
        assertThat(c.report().imported()).hasSize(1);
        assertThat(c.report().anyRejected()).isTrue();
        assertThat(c.report().noteworthy().entries()).hasSize(2);
    }

    @Test
    void idsAreSlugsUniqueWithinTheFile() {
        String csv = "id,stem,option_a,option_b,option_c,key\nDup,S1,a,b,c,A\ndup,S2,a,b,c,A\ndup,S3,a,b,c,A\n,S4,a,b,c,A\n";
        Conversion c = Fixtures.read(InterchangeFormat.CSV, csv);
        assertThat(c.questions()).extracting(Question::id).containsExactly("imported-001", "dup", "imported-003", "imported-004");
        assertThat(c.report().entries().get(0).notes()).contains("id 'Dup' is not a slug: this one is imported-001");
        assertThat(c.report().entries().get(2).notes()).contains("id 'dup' is used twice in the file: this one is imported-003");
    }

    @Test
    void aikenAndCsvWritersRoundTripWhatTheyCarry() {
        Question sba = Fixtures.question("ehr", """
                {"id": "s1", "type": "single-best-answer", "stem": "Line one\\nline two, \\"quoted\\"",
                 "options": [{"id": "a", "text": "x", "rationale": "r, a"}, {"id": "b", "text": "y"}, {"id": "c", "text": "z"}],
                 "key": "c", "rationale": "why", "domains": ["CEHRS/reporting"], "difficulty": "hard", "source": "src here",
                 "topic": "t1", "status": "draft"}""");
        String aiken = new String(BankConverter.write(InterchangeFormat.AIKEN, List.of(sba), Fixtures.options()).bytes(),
                StandardCharsets.UTF_8);
        assertThat(aiken).isEqualTo("Line one line two, \"quoted\"\nA. x\nB. y\nC. z\nANSWER: C\n\n");
        Written csv = BankConverter.write(InterchangeFormat.CSV, List.of(sba), Fixtures.options());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFid,type,stem,option_a").contains("\"Line one\nline two, \"\"quoted\"\"\"").contains("\r\n");
        Question back = Fixtures.read(InterchangeFormat.CSV, csv.bytes()).questions().getFirst();
        assertThat(QuestionView.of(back, true)).isEqualTo(QuestionView.of(sba, true));
        assertThat(back.difficulty()).isEqualTo("hard");
        assertThat(back.source()).isEqualTo("src here");
        assertThat(back.id()).isEqualTo("s1");
    }
}
