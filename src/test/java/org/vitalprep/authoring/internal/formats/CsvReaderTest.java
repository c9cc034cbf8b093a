package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.IMPORTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.REJECTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.SKIPPED;
import static org.vitalprep.authoring.internal.formats.Fixtures.byId;

/** A CSV with quoted fields holding commas, line breaks and doubled quotes, and some bad rows. */
class CsvReaderTest {

    private final Conversion c = Fixtures.read(InterchangeFormat.CSV, Fixtures.bytes("questions.csv"));

    @Test
    void rowsAreReportedByTheLineTheyStartOn() {
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::status)
                .containsExactly(SKIPPED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, REJECTED, REJECTED, SKIPPED, REJECTED);
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::where)
                .containsExactly("line 1", "line 2", "line 3", "line 5", "line 6", "line 7", "line 8", "line 9", "line 10");
        assertThat(c.report().entries().getFirst().reason()).isEqualTo("column 'notes' is not a known column: ignored");
    }

    @Test
    void quotedFieldsKeepCommasLineBreaksAndQuotes() {
        Question q = byId(c, "phl-csv-01");
        assertThat(q.stem()).isEqualTo("Which tube is drawn first for a CBC, PT and BMP?");
        assertThat(q.option("a").rationale()).isEqualTo("EDTA first would carry over, altering coagulation results.");
        assertThat(q.keyId()).isEqualTo("b");
        assertThat(q.domains()).containsExactly("CPT/routine-collections", "CCMA/clinical-patient-care/phlebotomy");
        assertThat(q.topic()).isEqualTo("order-of-draw");
        assertThat(q.difficulty()).isEqualTo("easy");
        assertThat(q.source()).isEqualTo("medical-facts P1");
        assertThat(q.status()).isEqualTo("draft");

        Question mr = byId(c, "phl-csv-02");
        assertThat(mr.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
        assertThat(mr.stem()).isEqualTo("Which practices can cause hemolysis?\nSelect all that apply.");
        assertThat(mr.option("a").rationale()).isEqualTo("Small bores shear \"red\" cells.");
        assertThat(mr.keyIds()).containsExactly("a", "b");
    }

    @Test
    void trueFalseAndNumericRows() {
        Question tf = byId(c, "imported-003");
        assertThat(tf.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(tf.keyId()).isEqualTo("true");
        assertThat(tf.option("true").rationale()).isEqualTo("Always: gloves are single-use.");
        Question n = byId(c, "phl-csv-04");
        assertThat(n.numericKey()).isEqualTo(new Question.NumericKey(2, 0.05, "mL"));
    }

    @Test
    void badRowsSayWhy() {
        var entries = c.report().entries();
        assertThat(entries.get(5).reason()).contains("the key is empty");
        assertThat(entries.get(6).reason()).contains("has no unit");
        assertThat(entries.get(7).reason()).startsWith("ordering:");
        assertThat(entries.get(8).reason()).contains("/domains").contains("unknown exam domain 'CCMA/no-such-domain'");
    }

    @Test
    void anUnclosedQuoteRejectsTheFileSayingWhere() {
        Conversion x = Fixtures.read(InterchangeFormat.CSV, "stem,key\r\n\"Unclosed,A\r\nnext,B\r\n");
        assertThat(x.questions()).isEmpty();
        assertThat(x.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 2, column 1");
            assertThat(e.reason()).isEqualTo("the quote opened here is never closed");
        });
    }

    @Test
    void aHeaderWithoutAStemColumnIsRejected() {
        Conversion x = Fixtures.read(InterchangeFormat.CSV, "question,answer\nWhat?,A\n");
        assertThat(x.report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("the header has no 'stem' column"));
    }

    @Test
    void semicolonSeparatedFilesFromSpreadsheetsWork() {
        Conversion x = Fixtures.read(InterchangeFormat.CSV, "\uFEFFStem;Option_A;Option_B;Option_C;Key\r\nWhich?;x;y;z;C\r\n");
        assertThat(x.questions()).singleElement().satisfies(q -> assertThat(q.keyId()).isEqualTo("c"));
    }
}
