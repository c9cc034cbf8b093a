package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.IMPORTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.REJECTED;
import static org.vitalprep.authoring.internal.formats.ConversionReport.Status.SKIPPED;
import static org.vitalprep.authoring.internal.formats.Fixtures.byId;
import static org.vitalprep.authoring.internal.formats.Fixtures.entry;

/** A Moodle XML export with a category, CDATA, entities, an embedded SVG and a PNG, and most question types. */
class MoodleXmlReaderTest {

    private final Conversion c = Fixtures.read(InterchangeFormat.MOODLE_XML, Fixtures.bytes("moodle-export.xml"));

    @Test
    void reportsEveryQuestionOnceInFileOrder() {
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::status).containsExactly(
                IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, IMPORTED, SKIPPED, IMPORTED, SKIPPED, REJECTED,
                IMPORTED, SKIPPED, SKIPPED, IMPORTED);
        assertThat(c.report().entries()).extracting(ConversionReport.Entry::number)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(entry(c, 1).where()).isEqualTo("question 1 'Tube order'");
        assertThat(c.questions()).allSatisfy(q -> {
            assertThat(q.status()).isEqualTo("draft");
            assertThat(q.version()).isZero();
            assertThat(q.bankId()).isEqualTo("imported");
        });
        assertThat(c.report().anyRejected()).isTrue();
        assertThat(c.report().toText().lines()).hasSize(14);
    }

    @Test
    void singleAnswerMultichoiceWithHtmlEntitiesImageAndTags() {
        Question q = byId(c, "tube-order");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE_BEST_ANSWER);
        assertThat(q.module()).isEqualTo("phlebotomy");
        assertThat(q.topic()).isEqualTo("order-of-draw");
        assertThat(q.stem()).isEqualTo(
                "A provider orders a CBC, a PT/INR and a BMP. Which tube is drawn **first** with an *evacuated* system?");
        assertThat(q.options()).extracting(Question.Option::text).containsExactly("Light blue (sodium citrate)",
                "Lavender (K₂EDTA)", "Gold (SST)", "Gray (NaF & K oxalate)");
        assertThat(q.options()).extracting(Question.Option::rationale).containsExactly("Correct: citrate comes first.",
                "EDTA first would carry over & alter coagulation results.", null, "Gray tops come *last*.");
        assertThat(q.keyId()).isEqualTo("a");
        assertThat(q.rationale()).isEqualTo("CLSI order: citrate (light blue) before serum & EDTA tubes.\n"
                + "Remember: K₂EDTA carry-over raises K⁺.");
        assertThat(q.image().alt()).isEqualTo("Rack of tubes");
        assertThat(q.image().svg()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("<rect").doesNotContain("<?xml");
        assertThat(q.domains()).containsExactly("CPT/routine-collections", "CCMA/clinical-patient-care/phlebotomy");
        assertThat(entry(c, 1).notes()).contains(
                "category 'Default for MA 101/phlebotomy/Order of draw': module phlebotomy, topic order-of-draw",
                "tags that are not exam domains ignored: week 3");
    }

    @Test
    void multipleAnswerMultichoiceWithMoodlePartialWeights() {
        Question q = byId(c, "hemolysis-causes");
        assertThat(q.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
        assertThat(q.keyIds()).containsExactly("a", "c");
        assertThat(q.scoring()).isEqualTo("partial");
        assertThat(q.stem()).isEqualTo("Which practices can cause hemolysis? Select all that apply.\n\n"
                + "- Consider the needle\n- Consider the tube");
        assertThat(q.rationale()).isNull();
        assertThat(entry(c, 2).notes()).noneMatch(n -> n.contains("weights"));
    }

    @Test
    void trueFalseFeedbackBecomesOptionRationales() {
        Question q = byId(c, "tourniquet-time");
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.keyId()).isEqualTo("true");
        assertThat(q.option("true").rationale()).isEqualTo("Yes: longer causes hemoconcentration.");
        assertThat(q.option("false").rationale()).isEqualTo("It is 1 minute.");
        assertThat(q.rationale()).isEqualTo("CLSI GP41 limits tourniquet time to 1 minute.");

        Question markdown = byId(c, "paper-speed");
        assertThat(markdown.stem()).isEqualTo("Standard EKG paper speed is **50 mm/s**.");
        assertThat(markdown.keyId()).isEqualTo("false");
    }

    @Test
    void matchingSubquestionsBecomePromptsAndSharedAnswersOneChoice() {
        Question q = byId(c, "tube-additives");
        assertThat(q.type()).isEqualTo(QuestionType.MATCHING);
        assertThat(q.prompts()).extracting(Question.Prompt::text).containsExactly("Lavender top", "Light blue top", "Pink top");
        assertThat(q.choices()).extracting(Question.Choice::text).containsExactly("EDTA", "Sodium citrate");
        assertThat(q.matchKey()).containsEntry("lavender-top", "edta").containsEntry("pink-top", "edta")
                .containsEntry("light-blue-top", "sodium-citrate");
        assertThat(q.rationale()).isEqualTo("Additives by cap colour.");
    }

    @Test
    void aDistractorWithoutRationaleImportsAsADraftThatCannotBePublishedYet() {
        ConversionReport.Entry e = entry(c, 5);
        assertThat(e.status()).isEqualTo(IMPORTED);
        assertThat(e.where()).isEqualTo("question 5 'Tube additives with a distractor'");
        Question q = c.questions().stream().filter(x -> x.id().startsWith("tube-additives-with")).findFirst().orElseThrow();
        assertThat(q.status()).isEqualTo("draft");
        // the validator asks for the distractor's rationale before review
        String json = org.vitalprep.bank.BankFormat.toJson(q).replace("\"draft\"", "\"review\"");
        assertThat(new org.vitalprep.bank.BankFormat(org.vitalprep.bank.BankFormat.bundledDomainCodes())
                .parseQuestion(q.module(), json).errors()).extracting(org.vitalprep.bank.BankError::message)
                .anyMatch(m -> m.contains("matches no prompt, so it needs a rationale"));
    }

    @Test
    void numericalKeepsToleranceUnitAndWrongAnswerFeedback() {
        Question q = byId(c, "dilution-volume");
        assertThat(q.type()).isEqualTo(QuestionType.NUMERIC);
        assertThat(q.numericKey()).isEqualTo(new Question.NumericKey(2, 0.05, "mL"));
        assertThat(q.commonErrors()).containsExactly(new Question.CommonError(2.5, "That is the total volume, not the diluent."));
        assertThat(q.rationale()).isEqualTo("Total 2.5 mL; 2.5 − 0.5 = 2 mL diluent.");
        assertThat(entry(c, 6).notes()).contains("other units dropped: L (×0.001)", "feedback for any other answer dropped");
    }

    @Test
    void shortAnswerMapsOnlyWhenNumeric() {
        assertThat(entry(c, 7).status()).isEqualTo(SKIPPED);
        assertThat(entry(c, 7).reason()).contains("'median cubital'").contains("no free-text question type");
        Question q = byId(c, "inversions");
        assertThat(q.numericKey()).isEqualTo(new Question.NumericKey(9, 1, "unit"));
        assertThat(entry(c, 8).notes()).anyMatch(n -> n.contains("unit is 'unit'"))
                .anyMatch(n -> n.contains("accepted answers [8, 10] became 9 ± 1"));
    }

    @Test
    void essayClozeAndDescriptionAreSkippedWithTheReason() {
        assertThat(entry(c, 9).reason()).startsWith("essay:");
        assertThat(entry(c, 12).reason()).startsWith("multianswer:").contains("cloze");
        assertThat(entry(c, 13).reason()).startsWith("description:");
    }

    @Test
    void anInvalidItemIsRejectedWholeWithTheValidatorsMessage() {
        ConversionReport.Entry e = entry(c, 10);
        assertThat(e.status()).isEqualTo(REJECTED);
        assertThat(e.reason()).contains("/options");
        assertThat(e.questionId()).isEqualTo("two-options-only");
    }

    @Test
    void aBitmapImageIsWrappedInAnSvgAtItsSizeAndSurvivesTheSanitizer() {
        Question q = byId(c, "site-with-a-png");
        assertThat(q.stem()).isEqualTo("Which site is marked?");
        assertThat(q.image()).isNotNull();
        assertThat(q.image().alt()).isEqualTo("Arm");
        assertThat(q.image().svg()).contains("viewBox=\"0 0 1 1\"")
                .contains("href=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJ");
        String shown = org.vitalprep.exam.internal.SvgSanitizer.sanitize(q.image().svg());
        assertThat(shown).contains("<image").contains("data:image/png;base64,");
    }

    @Test
    void theSanitizerKeepsOnlyEmbeddedRasterPictures() {
        String svgInSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"
                + "<image href=\"https://example.org/x.png\"/><image xlink:href=\"javascript:alert(1)\"/>"
                + "<image href=\"data:image/png;base64,iVBOR w0KGgo=\" onload=\"alert(2)\"/></svg>";
        String shown = org.vitalprep.exam.internal.SvgSanitizer.sanitize(svgInSvg);
        assertThat(shown).doesNotContain("svg+xml").doesNotContain("example.org").doesNotContain("javascript")
                .doesNotContain("onload").contains("href=\"data:image/png;base64,iVBORw0KGgo=\"");
        assertThat(shown.split("<image", -1)).hasSize(2); // only the raster one is left
    }

    @Test
    void rasterSizesComeFromTheHeaders() {
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 0x40, 0x01, (byte) 0xC8, 0x00};
        assertThat(RasterSize.of(gif)).containsExactly(320, 200);
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 4, 0, 0, (byte) 0xFF, (byte) 0xC0, 0, 17, 8,
                0x01, (byte) 0xE0, 0x02, (byte) 0x80, 3, 0, 0, 0};
        assertThat(RasterSize.of(jpeg)).containsExactly(640, 480);
        assertThat(RasterSize.of(new byte[]{1, 2, 3})).isNull();
    }

    @Test
    void aCategoryWithoutAModuleNameSetsOnlyTheTopic() {
        Question q = byId(c, "paper-speed");
        assertThat(q.module()).isEqualTo("foundations");
        assertThat(q.topic()).isEqualTo("ekg-basics");
    }

    @Test
    void anXxeAttemptIsRefusedAndReadsNothing() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz><question type="truefalse"><name><text>&xxe;</text></name>
                <questiontext format="html"><text>&xxe;</text></questiontext>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>
                """;
        Conversion x = Fixtures.read(InterchangeFormat.MOODLE_XML, xxe);
        assertThat(x.questions()).isEmpty();
        assertThat(x.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(REJECTED);
            assertThat(e.number()).isZero();
            assertThat(e.where()).startsWith("line 2");
            assertThat(e.reason()).contains("DOCTYPE").contains("not allowed");
            assertThat(e.reason()).doesNotContain("root:");
        });
        String parameterEntity = """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd"> %remote;]>
                <quiz/>
                """;
        assertThat(Fixtures.read(InterchangeFormat.MOODLE_XML, parameterEntity).report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("DOCTYPE"));
    }

    @Test
    void brokenXmlSaysWhereAndWhat() {
        String broken = "<?xml version=\"1.0\"?>\n<quiz>\n  <question type=\"truefalse\">\n    <name><text>x</text>\n  </question>\n</quiz>\n";
        Conversion x = Fixtures.read(InterchangeFormat.MOODLE_XML, broken);
        assertThat(x.report().entries()).singleElement().satisfies(e -> {
            assertThat(e.where()).isEqualTo("line 5, column 5");
            assertThat(e.reason()).startsWith("malformed XML:").contains("name");
        });
        Conversion notMoodle = Fixtures.read(InterchangeFormat.MOODLE_XML, "<assessment/>");
        assertThat(notMoodle.report().rejected()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("expected <quiz>"));
    }

    @Test
    void bomAndCrlfAreHandled() {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<quiz>\r\n<question type=\"truefalse\">\r\n"
                + "<name><text>T1</text></name>\r\n<questiontext format=\"plain_text\"><text>Line one\r\nline two</text></questiontext>\r\n"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>\r\n"
                + "</question>\r\n</quiz>\r\n";
        Conversion x = Fixtures.read(InterchangeFormat.MOODLE_XML, xml);
        assertThat(x.questions()).singleElement().satisfies(q -> assertThat(q.stem()).isEqualTo("Line one\nline two"));
    }

    @Test
    void orderingStepsAreNotListedInTheKeyOrder() {
        String xml = """
                <quiz><question type="ordering"><name><text>PPE on</text></name>
                <questiontext format="html"><text>Put on the PPE in order.</text></questiontext>
                <gradingtype>RELATIVE_NEXT_EXCLUDE_LAST</gradingtype>
                <answer fraction="1" format="html"><text>Gown</text></answer>
                <answer fraction="2" format="html"><text>Mask</text></answer>
                <answer fraction="3" format="html"><text>Goggles</text></answer>
                <answer fraction="4" format="html"><text>Gloves</text></answer>
                </question></quiz>""";
        Conversion x = Fixtures.read(InterchangeFormat.MOODLE_XML, xml);
        Question q = x.questions().getFirst();
        assertThat(q.keyIds()).containsExactly("gown", "mask", "goggles", "gloves");
        assertThat(q.options()).extracting(Question.Option::id).containsExactlyInAnyOrder("gown", "mask", "goggles", "gloves")
                .isNotEqualTo(List.of("gown", "mask", "goggles", "gloves"));
        assertThat(x.report().entries().getFirst().notes()).anyMatch(n -> n.contains("all or nothing"));
    }
}
