package org.vitalprep.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSummary;
import org.vitalprep.exam.PracticeAttempt;
import org.vitalprep.exam.PracticeItem;
import org.vitalprep.exam.ui.AttemptView;
import org.vitalprep.exam.ui.PracticeView;

import java.util.List;
import java.util.stream.Stream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class PracticeQuizKaribuTest extends KaribuTestBase {

    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;

    @BeforeEach
    void learner() {
        signIn("karibu-learner-" + System.nanoTime(), "LEARNER");
    }

    @Test
    @SuppressWarnings("unchecked")
    void takeAQuizAnswerByAnswerAndSeeTheScore() {
        UI.getCurrent().navigate("practice");
        _assertOne(PracticeView.class);
        Select<StudyModule> module = _get(Select.class, s -> s.withId("module"));
        assertThat(module.getValue()).as("a module with practice questions is preselected").isNotNull();
        String moduleId = module.getValue().id();
        _setValue(_get(Select.class, s -> s.withId("size")), 5);
        _click(_get(Button.class, s -> s.withId("start")));
        _assertOne(AttemptView.class);

        String attemptId = attempts.recentAttempts().getFirst().id();
        for (int i = 0; i < 5; i++) {
            assertThat(_get(Span.class, s -> s.withId("progress")).getText()).isEqualTo("Question " + (i + 1) + " of 5");
            PracticeItem item = attempts.attempt(attemptId).items().get(i);
            Question q = banks.question(item.questionId(), banks.publishedQuestions(moduleId).stream()
                    .filter(x -> x.id().equals(item.questionId())).findFirst().orElseThrow().version());
            // before answering, nothing on the page reveals the key or any rationale
            String page = allText(UI.getCurrent());
            q.options().forEach(o -> assertThat(page).doesNotContain(o.rationale()));
            assertThat(_find(Component.class, s -> s.withId("feedback"))).isEmpty();

            RadioButtonGroup<PracticeItem.ChoiceOption> options = _get(RadioButtonGroup.class, s -> s.withId("options"));
            // answer right on even questions, wrong on odd ones
            String choice = i % 2 == 0 ? q.keyId() : q.options().stream().map(Question.Option::id)
                    .filter(id -> !id.equals(q.keyId())).findFirst().orElseThrow();
            _setValue(options, item.options().stream().filter(o -> o.id().equals(choice)).findFirst().orElseThrow());
            _click(_get(Button.class, s -> s.withId("check")));

            String verdict = _get(H3.class, s -> s.withId("verdict")).getText();
            assertThat(verdict).startsWith(i % 2 == 0 ? "Correct" : "Incorrect: the answer is");
            String after = allText(UI.getCurrent());
            q.options().forEach(o -> assertThat(after).contains(o.rationale()));
            // saved the moment it was given
            assertThat(attempts.attempt(attemptId).items().get(i).chosen()).isEqualTo(choice);
            _click(_get(Button.class, s -> s.withId("next")));
        }
        assertThat(_get(Span.class, s -> s.withId("score")).getText()).isEqualTo("3 of 5 correct (60%)");
        PracticeAttempt done = attempts.attempt(attemptId);
        assertThat(done.finished()).isTrue();
        assertThat(done.correct()).isEqualTo(3);
        List<AttemptSummary> recent = attempts.recentAttempts();
        assertThat(recent.getFirst().correct()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResumedQuizOpensAtTheFirstUnansweredQuestion() {
        String moduleId = banks.publishedQuestions().getFirst().module();
        PracticeAttempt a = attempts.startPractice(moduleId, 3);
        PracticeItem first = a.items().getFirst();
        attempts.answer(a.id(), 0, first.options().getFirst().id());
        UI.getCurrent().navigate("practice/" + a.id());
        assertThat(_get(Span.class, s -> s.withId("progress")).getText()).isEqualTo("Question 2 of 3");
        assertThat(_get(RadioButtonGroup.class, s -> s.withId("options")).getValue()).isNull();
    }

    static String allText(Component root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Component c, StringBuilder sb) {
        sb.append(c.getElement().getOuterHTML()).append('\n');
        if (c instanceof RadioButtonGroup<?> g) {
            g.getListDataView().getItems().forEach(i -> sb.append(i).append('\n'));
        }
        Stream<Component> children = c.getChildren();
        children.forEach(ch -> collect(ch, sb));
    }
}
