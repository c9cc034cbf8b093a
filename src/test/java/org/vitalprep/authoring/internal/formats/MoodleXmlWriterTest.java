package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.authoring.internal.formats.Fixtures.first;

/** The Moodle XML writer: well-formed output Moodle can import, one category per module and topic. */
class MoodleXmlWriterTest {

    private static final List<Question> EKG = Fixtures.bank("ekg.json");
    private static final List<Question> PHL = Fixtures.bank("phlebotomy.json");
    private static final ImportOptions META = new ImportOptions("phlebotomy", "Phlebotomy", "phlebotomy");

    private static List<Element> questions(Document doc) {
        NodeList nl = doc.getElementsByTagName("question");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nl.getLength(); i++) list.add((Element) nl.item(i));
        return list;
    }

    private static String child(Element e, String name) {
        return ((Element) e.getElementsByTagName(name).item(0)).getTextContent().strip();
    }

    @Test
    void writesEveryTypeMoodleHasAndSkipsTheOthers() throws Exception {
        List<Question> picked = new ArrayList<>();
        for (QuestionType t : QuestionType.values()) {
            picked.add(first(t == QuestionType.EKG_STRIP ? EKG : PHL, q -> q.type() == t));
        }
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, picked, META);
        Document doc = MoodleXmlReader.parse(w.bytes());
        List<String> types = questions(doc).stream().map(e -> e.getAttribute("type")).filter(t -> !t.equals("category")).toList();
        assertThat(types).containsExactly("multichoice", "multichoice", "truefalse", "ordering", "matching", "numerical");
        assertThat(w.report().skipped()).extracting(ConversionReport.Entry::questionId)
                .containsExactly(first(PHL, q -> q.type() == QuestionType.HOTSPOT).id(), first(EKG, q -> q.type() == QuestionType.EKG_STRIP).id());
        assertThat(w.report().skipped()).extracting(ConversionReport.Entry::reason)
                .allSatisfy(r -> assertThat(r).containsAnyOf("hotspot", "EKG strip"));
        assertThat(w.report().exported()).filteredOn(e -> e.questionId().equals(picked.get(3).id()))
                .singleElement().satisfies(e -> assertThat(e.notes()).anyMatch(n -> n.contains("Ordering question type")));
    }

    @Test
    void questionsCarryIdCategoryTagsFeedbackAndFractions() throws Exception {
        Question sba = first(PHL, q -> q.type() == QuestionType.SINGLE_BEST_ANSWER && q.topic() != null);
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, List.of(sba), META);
        String xml = new String(w.bytes(), StandardCharsets.UTF_8);
        Document doc = MoodleXmlReader.parse(w.bytes());
        List<Element> qs = questions(doc);
        assertThat(child(qs.get(0), "category")).isEqualTo("$course$/top/phlebotomy/" + sba.topic());
        Element q = qs.get(1);
        assertThat(child(q, "name")).isEqualTo(sba.id());
        assertThat(child(q, "idnumber")).isEqualTo(sba.id());
        assertThat(child(q, "single")).isEqualTo("true");
        NodeList answers = q.getElementsByTagName("answer");
        assertThat(answers.getLength()).isEqualTo(sba.options().size());
        for (int i = 0; i < answers.getLength(); i++) {
            Element a = (Element) answers.item(i);
            Question.Option o = sba.options().get(i);
            assertThat(a.getAttribute("fraction")).isEqualTo(o.id().equals(sba.keyId()) ? "100" : "0");
            assertThat(child(a, "feedback")).contains(Markup.escapeHtml(o.rationale()).replace("&quot;", "\""));
        }
        assertThat(xml).contains("<![CDATA[<p>").contains("<tags>");
        assertThat(q.getElementsByTagName("tag").getLength()).isEqualTo(sba.domains().size());
    }

    @Test
    void multipleResponseWeightsFollowTheScoring() throws Exception {
        Question partial = Fixtures.question("phlebotomy", """
                {"id": "mr-1", "type": "multiple-response", "stem": "Pick the serum tubes.",
                 "options": [{"id": "a", "text": "Red"}, {"id": "b", "text": "Gold"}, {"id": "c", "text": "Lavender"},
                             {"id": "d", "text": "Gray"}, {"id": "e", "text": "Tiger top"}],
                 "key": ["a", "b", "e"], "scoring": "partial", "status": "draft"}""");
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, List.of(partial), META);
        String xml = new String(w.bytes(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<single>false</single>").contains("fraction=\"33.33333\"").contains("fraction=\"-33.33333\"")
                .doesNotContain("fraction=\"-100\"");
        Question strict = Fixtures.question("phlebotomy",
                org.vitalprep.bank.BankFormat.toJson(partial).replace("\"partial\"", "\"all-or-nothing\""));
        Written w2 = BankConverter.write(InterchangeFormat.MOODLE_XML, List.of(strict), META);
        assertThat(new String(w2.bytes(), StandardCharsets.UTF_8)).contains("fraction=\"-100\"");
        assertThat(w2.report().exported().getFirst().notes()).anyMatch(n -> n.contains("all-or-nothing scoring cannot be expressed"));
    }

    @Test
    void textThatLooksLikeMarkupOrEndsCdataStaysText() throws Exception {
        Question q = Fixtures.question("foundations", """
                {"id": "tricky", "type": "true-false", "stem": "Is <script>alert(1)</script> ]]> & a **bold** claim?",
                 "options": [{"id": "true", "text": "True", "rationale": "x < y ]]> z"}, {"id": "false", "text": "False"}],
                 "key": "true", "status": "draft"}""");
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, List.of(q), META);
        MoodleXmlReader.parse(w.bytes());
        Conversion back = BankConverter.read(InterchangeFormat.MOODLE_XML, "x.xml", w.bytes(), Fixtures.options(), Fixtures.FORMAT);
        Question r = back.questions().getFirst();
        assertThat(r.stem()).isEqualTo(q.stem());
        assertThat(r.option("true").rationale()).isEqualTo("x < y ]]> z");
    }

    @Test
    void anImageIsEmbeddedAsAFileAndComesBack() throws Exception {
        Question hotspot = first(PHL, q -> q.type() == QuestionType.HOTSPOT);
        Question withImage = Fixtures.question("phlebotomy", """
                {"id": "img-1", "type": "single-best-answer", "stem": "Which tube is shown?",
                 "options": [{"id": "a", "text": "Lavender"}, {"id": "b", "text": "Gold"}, {"id": "c", "text": "Gray"}],
                 "key": "a", "status": "draft"}""");
        withImage = new Question(withImage.id(), 0, withImage.bankId(), withImage.module(), withImage.type(), withImage.stem(),
                withImage.options(), List.of(), List.of(), withImage.keyIds(), null, null, null, null, null,
                hotspot.image(), null, null, null, null, null, "draft");
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, List.of(withImage), META);
        assertThat(new String(w.bytes(), StandardCharsets.UTF_8)).contains("<file name=\"img-1.svg\" path=\"/\" encoding=\"base64\">")
                .contains("@@PLUGINFILE@@/img-1.svg");
        Question back = BankConverter.read(InterchangeFormat.MOODLE_XML, "x.xml", w.bytes(), Fixtures.options(), Fixtures.FORMAT)
                .questions().getFirst();
        assertThat(back.image()).isEqualTo(hotspot.image());
        assertThat(back.stem()).isEqualTo("Which tube is shown?");
    }
}
