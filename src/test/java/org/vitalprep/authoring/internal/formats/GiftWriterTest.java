package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.Fixtures.first;

/** The GIFT writer: Moodle's escaping, feedback, categories, and what GIFT cannot hold. */
class GiftWriterTest {

    private static final ImportOptions META = new ImportOptions("phl", "Phlebotomy", "phlebotomy");

    private static String gift(Question... qs) {
        return new String(BankConverter.write(InterchangeFormat.GIFT, List.of(qs), META).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void singleBestAnswerWithFeedbackInExactGift() {
        Question q = Fixtures.question("phlebotomy", """
                {"id": "ood-1", "type": "single-best-answer", "stem": "Which tube is drawn **first**?",
                 "options": [{"id": "a", "text": "Light blue", "rationale": "Correct: citrate first."},
                             {"id": "b", "text": "Lavender", "rationale": "EDTA would carry over."},
                             {"id": "c", "text": "Gold"}],
                 "key": "a", "rationale": "CLSI order of draw.", "topic": "order-of-draw", "status": "draft"}""");
        assertThat(gift(q)).isEqualTo("""
                // Phlebotomy (VitalPrep bank phl)

                $CATEGORY: $course$/top/phlebotomy/order-of-draw

                // question: ood-1
                ::ood-1::[markdown]Which tube is drawn **first**? {
                \t=Light blue#Correct\\: citrate first.
                \t~Lavender#EDTA would carry over.
                \t~Gold
                \t####CLSI order of draw.
                }

                """);
    }

    @Test
    void specialCharactersAreEscapedAndComeBack() {
        Question q = Fixtures.question("foundations", """
                {"id": "esc-1", "type": "single-best-answer", "stem": "Ratio 1:10 = {x} ~ y # z \\\\ w\\nSecond line",
                 "options": [{"id": "a", "text": "a=b", "rationale": "#1 {ok}"}, {"id": "b", "text": "c~d"},
                             {"id": "c", "text": "e:f"}],
                 "key": "b", "status": "draft"}""");
        String g = gift(q);
        assertThat(g).contains("Ratio 1\\:10 \\= \\{x\\} \\~ y \\# z \\\\ w\\nSecond line {")
                .contains("\t=c\\~d").contains("\t~a\\=b#\\#1 \\{ok\\}");
        Question back = BankConverter.read(InterchangeFormat.GIFT, "x.gift", g.getBytes(StandardCharsets.UTF_8),
                Fixtures.options(), Fixtures.FORMAT).questions().getFirst();
        assertThat(QuestionView.of(back, false)).isEqualTo(QuestionView.of(q, false));
    }

    @Test
    void trueFalseNumericAndMatchingSyntax() {
        Question tf = Fixtures.question("phlebotomy", """
                {"id": "tf-1", "type": "true-false", "stem": "Gloves are single-use.",
                 "options": [{"id": "true", "text": "True", "rationale": "Right."}, {"id": "false", "text": "False", "rationale": "Wrong."}],
                 "key": "false", "rationale": "General.", "status": "draft"}""");
        Question num = Fixtures.question("phlebotomy", """
                {"id": "num-1", "type": "numeric", "stem": "Diluent volume?", "key": {"value": 2, "tolerance": 0.05, "unit": "mL"},
                 "commonErrors": [{"value": 2.5, "rationale": "Total volume."}], "rationale": "2.5 - 0.5 = 2", "status": "draft"}""");
        Question match = Fixtures.question("phlebotomy", """
                {"id": "m-1", "type": "matching", "stem": "Match.",
                 "prompts": [{"id": "lav", "text": "Lavender", "rationale": "EDTA tube."}, {"id": "blue", "text": "Light blue"}],
                 "choices": [{"id": "edta", "text": "EDTA"}, {"id": "cit", "text": "Citrate"}, {"id": "ox", "text": "Oxalate", "rationale": "Gray tops."}],
                 "key": {"lav": "edta", "blue": "cit"}, "status": "draft"}""");
        String g = gift(tf, num, match);
        assertThat(g).contains("::tf-1::[markdown]Gloves are single-use. {FALSE#Right.#Wrong.####General.}")
                .contains("// unit: mL\n::num-1::[markdown]Diluent volume? {#\n\t=2:0.05\n\t=%0%2.5:0#Total volume.\n\t####2.5 - 0.5 \\= 2\n}")
                .contains("\t=Lavender -> EDTA\n\t=Light blue -> Citrate\n\t= -> Oxalate\n\t####- **Lavender**\\: EDTA tube.\\n- **Oxalate**\\: Gray tops.\n");
        Conversion back = BankConverter.read(InterchangeFormat.GIFT, "x.gift", g.getBytes(StandardCharsets.UTF_8),
                Fixtures.options(), Fixtures.FORMAT);
        assertThat(back.questions()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(QuestionView.of(back.questions().get(i), false))
                    .isEqualTo(QuestionView.of(List.of(tf, num, match).get(i), false));
        }
    }

    @Test
    void whatGiftCannotHoldIsSkippedWithTheReason() {
        List<Question> phl = Fixtures.bank("phlebotomy.json");
        Question ordering = first(phl, q -> q.type() == QuestionType.ORDERING);
        Question hotspot = first(phl, q -> q.type() == QuestionType.HOTSPOT);
        Question ekg = first(Fixtures.bank("ekg.json"), q -> q.type() == QuestionType.EKG_STRIP);
        Written w = BankConverter.write(InterchangeFormat.GIFT, List.of(ordering, hotspot, ekg), META);
        assertThat(w.report().skipped()).extracting(ConversionReport.Entry::reason).containsExactly(
                "ordering: GIFT has no ordering question type",
                "hotspot: the answer is a region of an image; GIFT has no such question type",
                "ekg-strip with an EKG strip: VitalPrep draws the strip from its rhythm spec; GIFT cannot carry it");
        assertThat(w.report().exported()).isEmpty();
    }
}
