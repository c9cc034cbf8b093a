package org.vitalprep.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.bank.internal.BankImporter;
import org.vitalprep.bank.internal.TestBanks;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.Answer;
import org.vitalprep.platform.ContentFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * XSS payloads in a stem, option texts and rationales: after import they are shown as text, never as markup,
 * before and after the answer.
 */
@SpringBootTest
class HostileContentKaribuTest extends KaribuTestBase {

    @Autowired BankImporter importer;
    @Autowired AttemptService attempts;

    static final String STEM = "Which tube? <script>window.pwned=1</script> <img src=x onerror=alert(1)> [x](javascript:alert(2))";

    @Test
    void hostileTextIsRenderedInertEverywhere() {
        String q = TestBanks.sba("xss-q-1", STEM.replace("\"", "\\\""), "a")
                .replace("\"Light blue\"", "\"<b onmouseover=alert(3)>Light blue</b>\"")
                .replace("Rationale A for xss-q-1", "<script>alert(4)</script> because citrate");
        var run = importer.importFiles(List.of(new ContentFile("xss.json", "bundled", "xss.json",
                TestBanks.bytes(TestBanks.bank("xss-bank", "law-ethics", q)))), "test");
        assertThat(run.rejected()).isZero();
        signIn("xss-learner-" + System.nanoTime(), "LEARNER");
        AttemptSnapshot a = attempts.startReview(List.of("xss-q-1"));
        UI.getCurrent().navigate("attempt/" + a.id());
        String before = renderedHtml();
        assertNoActiveMarkup(before);
        attempts.answer(a.id(), 0, Answer.choice("a"), 0);
        UI.getCurrent().navigate("attempt/" + a.id());
        String after = renderedHtml();
        assertThat(after).contains("because citrate");
        assertNoActiveMarkup(after);
    }

    @Autowired org.vitalprep.authoring.AuthoringService authoring;
    @Autowired org.vitalprep.classroom.ClassroomService classes;

    @Test
    void hostileAuthoredQuestionsAndClassNamesAreRenderedInert() {
        signIn("xss-teacher-" + System.nanoTime() + "@example.org", "INSTRUCTOR");
        var draft = authoring.create("ekg", org.vitalprep.bank.QuestionType.SINGLE_BEST_ANSWER);
        String json = draft.json().replace("Write the question here.", STEM.replace("\"", "\\\""))
                .replace("First option", "<b onmouseover=alert(3)>First</b>");
        var saved = authoring.save(draft.id(), "ekg", json, draft.revision());
        UI.getCurrent().navigate("teach/questions/" + saved.id());
        String editor = renderedHtml();
        assertThat(editor).contains("Which tube?");
        assertNoActiveMarkup(editor);

        var clazz = classes.createClass("<img src=x onerror=alert(5)> MA 101", "<script>alert(6)</script>");
        UI.getCurrent().navigate("teach/classes/" + clazz.id());
        String page = renderedHtml();
        assertThat(page).contains("MA 101");
        assertNoActiveMarkup(page);
    }

    /** The HTML of everything the UI holds (what the browser would be given), without list items' data. */
    private static String renderedHtml() {
        StringBuilder sb = new StringBuilder();
        UI.getCurrent().getChildren().forEach(c -> sb.append(c.getElement().getOuterHTML()));
        return sb.toString();
    }

    private static void assertNoActiveMarkup(String html) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("img")).isEmpty();
        doc.getAllElements().forEach(e -> e.attributes().forEach(attr -> {
            assertThat(attr.getKey()).doesNotStartWith("on");
            assertThat(attr.getValue()).doesNotContainIgnoringCase("javascript:");
        }));
    }
}
