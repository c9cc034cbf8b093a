package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.IMPORTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.REJECTED;
import static org.vitalprep.authoring.internal.formats.Fixtures.entry;

/** An Aiken file with a BOM and CRLF line ends, good and malformed blocks. */
class AikenReaderTest {

    private final Conversion c = Fixtures.read(InterchangeFormat.AIKEN, Fixtures.bytes("aiken.txt"));

    @Test
    void goodBlocksBecomeDraftsWithoutRationales() {
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::status)
                .containsExactly(IMPORTED, IMPORTED, IMPORTED, REJECTED, REJECTED, REJECTED, IMPORTED);
        Question first = c.questions().getFirst();
        assertThat(first.id()).isEqualTo("imported-001");
        assertThat(first.stem()).isEqualTo("Which tube is drawn first for a CBC, PT and BMP?");
        assertThat(first.options()).extracting(Question.Option::text).containsExactly("Lavender", "Light blue", "Gold", "Gray");
        assertThat(first.keyId()).isEqualTo("b");
        assertThat(first.options()).allSatisfy(o -> assertThat(o.rationale()).isNull());
        assertThat(first.status()).isEqualTo("draft");
        assertThat(entry(c, 1).notes()).contains("Aiken has no feedback: rationales left empty for review");
        assertThat(entry(c, 1).where()).isEqualTo("line 1");

        Question second = c.questions().get(1);
        assertThat(second.stem()).isEqualTo("Skin puncture depth in an adult finger\nshould not exceed which depth?");
        assertThat(second.options()).extracting(Question.Option::text).containsExactly("1.0 mm", "2.0 mm", "3.0 mm");
        assertThat(entry(c, 2).where()).isEqualTo("line 8");

        Question tf = c.questions().get(2);
        assertThat(tf.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(tf.keyId()).isEqualTo("true");

        assertThat(c.questions().get(3).keyId()).isEqualTo("a");
    }

    @Test
    void malformedBlocksAreRejectedWithTheLine() {
        assertThat(entry(c, 4).reason()).isEqualTo("lines 20-24: no ANSWER line after the options (line 25 starts the next question)");
        assertThat(entry(c, 5).reason()).isEqualTo("line 29: ANSWER: E is not one of the options A, B, C");
        assertThat(entry(c, 6).reason()).isEqualTo("line 32: only 2 options; a single-best-answer question needs 3 to 5");
    }

    @Test
    void aFileEndingWithoutAnAnswerIsRejected() {
        Conversion x = Fixtures.read(InterchangeFormat.AIKEN, "Q?\nA. a\nB. b\nC. c\n");
        assertThat(x.report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("no ANSWER line after the options (end of file)"));
    }

    @Test
    void aFileThatIsNotUtf8SaysWhere() {
        byte[] latin1 = "Caf\u00e9?\nA. a\nB. b\nC. c\nANSWER: A\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Conversion x = Fixtures.read(InterchangeFormat.AIKEN, latin1);
        assertThat(x.report().rejected()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 1, column 4");
            assertThat(e.reason()).contains("not UTF-8");
        });
    }
}
