package org.vitalprep.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.authoring.AuthoredItem;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.authoring.ui.QuestionEditorView;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.classroom.AssignmentInfo;
import org.vitalprep.classroom.ClassInfo;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.classroom.Gradebook;
import org.vitalprep.classroom.QuizSpec;
import org.vitalprep.classroom.ui.ClassView;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.identity.AuditLog;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The question editor and the gradebook, driven in the real views. */
@SpringBootTest
class InstructorKaribuTest extends KaribuTestBase {

    @Autowired AuthoringService authoring;
    @Autowired ClassroomService classes;
    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;
    @Autowired AuditLog audit;

    private final String instructor = "karibu-teacher-" + System.nanoTime() + "@example.org";

    private static String problems() {
        return String.join("\n", _find(ListItem.class).stream()
                .filter(li -> li.getParent().flatMap(p -> p.getId()).filter("errors"::equals).isPresent())
                .map(li -> li.getElement().getText()).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEditorValidatesAsYouTypePreviewsAndRunsTheWorkflow() {
        signIn(instructor, "INSTRUCTOR");
        AuthoredItem draft = authoring.create("phlebotomy", QuestionType.SINGLE_BEST_ANSWER);
        UI.getCurrent().navigate("teach/questions/" + draft.id());
        _assertOne(QuestionEditorView.class);
        assertThat(problems()).contains("None");

        // typing in the stem updates the JSON and the learner preview at once
        _setValue(_get(TextArea.class, s -> s.withId("stem-field")), "Which tube does a CBC need?");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("stem")).getElement().getOuterHTML())
                .contains("Which tube does a CBC need?");

        // an empty option text is reported where it is, by the bank validator
        TextField firstOption = _get(TextField.class, s -> s.withLabel("Option a text"));
        _setValue(firstOption, " ");
        assertThat(problems()).contains("/options/0/text").contains("blank");
        _setValue(firstOption, "Lavender (EDTA)");
        assertThat(problems()).contains("None");

        // the preview answers like a learner and shows the learner's feedback
        RadioButtonGroup<ItemView.Choice> radio = _get(RadioButtonGroup.class);
        _setValue(radio, radio.getListDataView().getItems().filter(c -> c.id().equals("a")).findFirst().orElseThrow());
        _click(_get(Button.class, s -> s.withId("preview-check")));
        assertThat(_get(com.vaadin.flow.component.html.H3.class, s -> s.withId("verdict")).getText()).isEqualTo("Correct");

        // a draft without rationales cannot go to review; the problems say which
        _click(_get(Button.class, s -> s.withId("save")));
        _click(_get(Button.class, s -> s.withId("submit-review")));
        assertThat(problems()).contains("/options/0/rationale").contains("domains");

        // the JSON tab has followed every edit, and takes a complete question; then review and publish
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        assertThat(_get(TextArea.class, s -> s.withId("json-field")).getValue()).contains("Which tube does a CBC need?");
        _setValue(_get(TextArea.class, s -> s.withId("json-field")),
                org.vitalprep.classroom.ClassroomITSupport.completeQuestion(draft.id(), "Which tube for a CBC?"));
        _click(_get(Button.class, s -> s.withId("apply-json")));
        assertThat(problems()).contains("None");
        _click(_get(Button.class, s -> s.withId("submit-review")));
        assertThat(_get(Span.class, s -> s.withId("status")).getText()).contains("review");
        _click(_get(Button.class, s -> s.withId("publish")));
        assertThat(_get(Span.class, s -> s.withId("status")).getText()).contains("published")
                .contains("learners get version 1");
        assertThat(banks.question(draft.id(), 1).stem()).isEqualTo("Which tube for a CBC?");
    }

    @Test
    void everyTypeOpensInTheFormValidAndWithItsPreview() {
        signIn(instructor, "INSTRUCTOR");
        for (QuestionType t : QuestionType.values()) {
            AuthoredItem draft = authoring.create("ekg", t);
            UI.getCurrent().navigate("teach/questions/" + draft.id());
            _assertOne(QuestionEditorView.class);
            assertThat(problems()).as(t.code()).contains("None");
            // the form reproduces the stored question exactly
            _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
            assertThat(authoring.check("ekg", _get(TextArea.class, s -> s.withId("json-field")).getValue()).question())
                    .as(t.code()).isEqualTo(authoring.check("ekg", draft.json()).question());
            _assertOne(com.vaadin.flow.component.html.Div.class, s -> s.withId("stem"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void anUploadShowsItsReportAndCreatesDraftsOnlyWhenAccepted() {
        signIn(instructor, "INSTRUCTOR");
        UI.getCurrent().navigate("teach/questions");
        String aiken = "Which tube is drawn for a CBC?\r\nA. Lavender\r\nB. Light blue\r\nC. Gray\r\nANSWER: A\r\n\r\n"
                + "A question without an answer line\r\nA. One\r\nB. Two\r\nC. Three\r\n";
        _setValue(_get(com.vaadin.flow.component.select.Select.class, q -> q.withId("import-format")), "aiken");
        com.github.mvysny.kaributesting.v10.UploadKt._upload(_get(com.vaadin.flow.component.upload.Upload.class),
                "tubes.txt", aiken.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Grid<org.vitalprep.authoring.ConversionLine> report = _get(Grid.class, q -> q.withId("import-report"));
        assertThat(report.getListDataView().getItems().map(org.vitalprep.authoring.ConversionLine::status).toList())
                .contains("IMPORTED", "REJECTED");
        assertThat(authoring.items(org.vitalprep.authoring.AuthoredItem.Filter.any())).isEmpty();
        Button accept = _get(Button.class, q -> q.withId("accept-import"));
        assertThat(accept.getText()).isEqualTo("Accept: create 1 draft(s)");
        _click(accept);
        assertThat(authoring.items(org.vitalprep.authoring.AuthoredItem.Filter.any())).singleElement()
                .satisfies(i -> assertThat(i.stemPreview()).isEqualTo("Which tube is drawn for a CBC?"));
        @SuppressWarnings("unchecked")
        Grid<AuthoredItem> mine = _get(Grid.class, q -> q.withId("questions-grid"));
        assertThat(mine.getListDataView().getItems().count()).isEqualTo(1);
    }

    @Test
    void theGradebookShowsBestScoresExportsCsvAndRecordsOverrides() {
        signIn(instructor, "INSTRUCTOR");
        Question library = banks.publishedQuestions("ekg").getFirst();
        Question second = banks.publishedQuestions("ekg").get(1);
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "EKG basics", List.of(library.id(), second.id()), List.of(),
                List.of(), null, 0, 0, false, false, false, false, 0));
        ClassInfo clazz = classes.createClass("Gradebook class", "");
        AssignmentInfo a = classes.assign(clazz.id(), quiz.id(), null, null, null, null);

        String learner = "karibu-student-" + System.nanoTime() + "@example.org";
        signIn(learner, "LEARNER");
        classes.join(clazz.joinCode());
        AttemptSnapshot s = attempts.startAssignment(a.id());
        ItemView first = s.items().getFirst();
        attempts.answer(s.id(), 0, TestAnswers.right(banks.question(first.questionId(), first.questionVersion())),
                first.seq());
        attempts.submit(s.id());

        signIn(instructor, "INSTRUCTOR");
        UI.getCurrent().navigate("teach/classes/" + clazz.id());
        _assertOne(ClassView.class);
        @SuppressWarnings("unchecked")
        Grid<Gradebook.Row> grid = _get(Grid.class, q -> q.withId("gradebook-grid"));
        Gradebook.Row row = grid.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(row.learner().learnerId()).isEqualTo("user:" + learner);
        assertThat(row.cells().getFirst().best()).isEqualTo(50);
        assertThat(_get(Anchor.class, q -> q.withId("gradebook-csv")).getText()).contains("CSV");

        Button cell = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "assignment-0");
        assertThat(cell.getText()).isEqualTo("50% (1)");
        _click(cell);
        _setValue(_get(IntegerField.class, q -> q.withLabel("Grade (%)")), 75);
        _setValue(_get(TextField.class, q -> q.withLabel("Reason")), "Item 2 was miskeyed");
        _click(_get(Button.class, q -> q.withText("Save")));
        @SuppressWarnings("unchecked")
        Grid<Gradebook.Row> after = _get(Grid.class, q -> q.withId("gradebook-grid"));
        assertThat(((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(after, 0, "assignment-0"))
                .getText()).isEqualTo("75%* (1)");
        String csv = new String(classes.gradebookCsv(clazz.id()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(learner + ",75,75.0");
        signIn("karibu-admin", "ADMIN");
        assertThat(audit.about("user:" + learner)).anyMatch(e -> e.type().equals("GRADE_CHANGE")
                && e.detail().contains("Item 2 was miskeyed"));
    }
}
