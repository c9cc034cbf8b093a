package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.IMPORTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.REJECTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.SKIPPED;
import static org.vitalprep.authoring.internal.formats.Fixtures.byId;
import static org.vitalprep.authoring.internal.formats.Fixtures.entry;

/** A GIFT file with titles, categories, comments, escapes, formats and every question construct. */
class GiftReaderTest {

    private static final byte[] FILE = Fixtures.bytes("questions.gift");
    private static final List<String> LINES = new String(FILE, StandardCharsets.UTF_8).lines().toList();
    private final Conversion c = Fixtures.read(InterchangeFormat.GIFT, FILE);

    private static int lineOf(String start) {
        for (int i = 0; i < LINES.size(); i++) if (LINES.get(i).startsWith(start)) return i + 1;
        throw new AssertionError(start);
    }

    @Test
    void everyBlockIsReportedByItsLine() {
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::status).containsExactly(
                IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, SKIPPED, SKIPPED,
                IMPORTED, IMPORTED, REJECTED, SKIPPED, REJECTED);
        assertThat(entry(c, 1).where()).isEqualTo("line " + lineOf("::Tube order::") + " 'Tube order'");
        assertThat(entry(c, 6).where()).isEqualTo("line " + lineOf("::Diluent::") + " 'Diluent'");
        assertThat(c.questions()).allSatisfy(q -> assertThat(q.status()).isEqualTo("draft"));
    }

    @Test
    void multipleChoiceWithHtmlFeedbackAndCategory() {
        Question q = byId(c, "tube-order");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE_BEST_ANSWER);
        assertThat(q.stem()).isEqualTo("Which tube is drawn **first** & why?");
        assertThat(q.options()).extracting(Question.Option::text).containsExactly("Light blue", "Lavender", "Gold", "Gray");
        assertThat(q.options()).extracting(Question.Option::rationale).containsExactly("Correct: citrate comes first.",
                "EDTA would carry over.", "Serum tubes follow citrate.", null);
        assertThat(q.keyId()).isEqualTo("a");
        assertThat(q.rationale()).isEqualTo("CLSI GP41 order of draw.");
        assertThat(q.module()).isEqualTo("phlebotomy");
        assertThat(q.topic()).isEqualTo("order-of-draw");
    }

    @Test
    void weightedAnswersMakeAMultipleResponseQuestion() {
        Question q = byId(c, "hemolysis-causes");
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
        assertThat(q.keyIds()).containsExactly("a", "b");
        assertThat(q.scoring()).isEqualTo("partial");
        assertThat(q.option("d").rationale()).isNull();
    }

    @Test
    void trueFalseFeedbackForWrongAndRightAnswers() {
        Question q = byId(c, "tourniquet");
        assertThat(q.keyId()).isEqualTo("true");
        assertThat(q.option("true").rationale()).isEqualTo("Yes: longer causes hemoconcentration.");
        assertThat(q.option("false").rationale()).isEqualTo("No: the limit is 1 minute.");
        assertThat(q.rationale()).isEqualTo("CLSI GP41 limit.");
        Question md = byId(c, "paper-speed");
        assertThat(md.stem()).isEqualTo("Standard EKG paper speed is **50 mm/s**.");
        assertThat(md.keyId()).isEqualTo("false");
    }

    @Test
    void matchingWithADistractorWhoseRationaleIsInTheGeneralFeedback() {
        Question q = byId(c, "additives");
        assertThat(q.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(q.prompts()).extracting(Question.Prompt::text).containsExactly("Lavender top", "Light blue top");
        assertThat(q.choices()).extracting(Question.Choice::text).containsExactly("EDTA", "Sodium citrate", "Potassium oxalate");
        assertThat(q.choices().get(2).rationale()).isEqualTo("it is used with fluoride in gray tops.");
        assertThat(q.matchKey()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("lavender-top", "edta",
                "light-blue-top", "sodium-citrate"));
        assertThat(q.rationale()).isEqualTo("Additives by cap colour.");
    }

    @Test
    void numericWithUnitCommentToleranceRangeAndCommonError() {
        Question q = byId(c, "diluent");
        assertThat(q.stem()).isEqualTo("How many mL of diluent make a 1:5 dilution of 0.5 mL serum?");
        assertThat(q.numericKey()).isEqualTo(new Question.NumericKey(2, 0.05, "mL"));
        assertThat(q.commonErrors()).containsExactly(new Question.CommonError(2.5, "That is the total volume, not the diluent."));
        assertThat(q.rationale()).isEqualTo("Total 2.5 mL; 2.5 − 0.5 = 2 mL.");
        assertThat(byId(c, "resting-pulse").numericKey()).isEqualTo(new Question.NumericKey(80, 20, "bpm"));
        assertThat(byId(c, "inversions").numericKey()).isEqualTo(new Question.NumericKey(9, 1, "unit"));
        assertThat(entry(c, 8).notes()).anyMatch(n -> n.contains("GIFT has no units"));
    }

    @Test
    void shortAnswerWithTextAndEssayAreSkipped() {
        assertThat(entry(c, 9).reason()).contains("'median cubital'").contains("no free-text question type");
        assertThat(entry(c, 10).reason()).startsWith("essay");
        assertThat(entry(c, 14).reason()).startsWith("description");
    }

    @Test
    void missingWordFormatPutsABlankInTheStem() {
        Question q = byId(c, "imported-011");
        assertThat(q.stem()).isEqualTo("Lavender tubes contain _____ as the anticoagulant.");
        assertThat(q.option(q.keyId()).text()).isEqualTo("EDTA");
    }

    @Test
    void escapesAreResolvedAndANewCategorySetsTheTopic() {
        Question q = byId(c, "escapes");
        assertThat(q.stem()).isEqualTo("Which ratio is 1:10, and which signs are { } ~ = # ?");
        assertThat(q.options()).extracting(Question.Option::text).containsExactly("1:10 #1", "1:5", "1:2");
        assertThat(q.option(q.keyId()).text()).isEqualTo("1:10 #1");
        assertThat(q.module()).isEqualTo("foundations");
        assertThat(q.topic()).isEqualTo("safety");
    }

    @Test
    void anUnterminatedBraceIsRejectedWithLineAndColumn() {
        int line = lineOf("::Broken::");
        int column = LINES.get(line - 1).indexOf('{') + 1;
        ConversionReport.Entry e = entry(c, 13);
        assertThat(e.status()).isEqualTo(REJECTED);
        assertThat(e.reason()).startsWith("line " + line + ", column " + column + ": the answer block opened here with '{' is never closed");
        assertThat(entry(c, 15).reason()).contains("exactly one '=' answer (it has 2)");
    }

    @Test
    void crlfAndBomAreHandled() {
        String gift = "\uFEFF// c\r\n::Q1:: Is water wet?{TRUE}\r\n\r\n::Q2:: Is fire cold?{F}\r\n";
        Conversion x = Fixtures.read(InterchangeFormat.GIFT, gift);
        assertThat(x.questions()).extracting(Question::id).containsExactly("q1", "q2");
        assertThat(x.questions()).extracting(Question::keyIds).containsExactly(List.of("true"), List.of("false"));
        assertThat(x.report().entries()).extracting(ConversionReport.Entry::where).containsExactly("line 2 'Q1'", "line 4 'Q2'");
    }

    @Test
    void duplicateTitlesGetUniqueIds() {
        String gift = "::Same:: One?{T}\n\n::Same:: Two?{F}\n\n::Same:: Three?{T}\n";
        assertThat(Fixtures.read(InterchangeFormat.GIFT, gift).questions()).extracting(Question::id)
                .containsExactly("same", "same-2", "same-3");
    }

    @Test
    void aStrayClosingBraceSaysWhere() {
        Conversion x = Fixtures.read(InterchangeFormat.GIFT, "::A:: what } is {T}\n");
        assertThat(x.report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).startsWith("line 1, column 12: '}' without an opening '{'"));
    }
}
