package org.vitalprep.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.exam.Answer;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.CustomQuiz;
import org.vitalprep.exam.ItemView;
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

    private Question question(ItemView item) {
        return banks.question(item.questionId(), item.questionVersion());
    }

    /** Every visible text and every item of every list component: what the browser could be given. */
    static String allText(Component root) {
        StringBuilder sb = new StringBuilder();
        collect(root, sb);
        return sb.toString();
    }

    private static void collect(Component c, StringBuilder sb) {
        sb.append(c.getElement().getOuterHTML()).append('\n');
        if (c instanceof RadioButtonGroup<?> g) g.getListDataView().getItems().forEach(i -> sb.append(i).append('\n'));
        Stream<Component> children = c.getChildren();
        children.forEach(ch -> collect(ch, sb));
    }

    @Test
    @SuppressWarnings("unchecked")
    void tutorQuizAnswerByAnswerWithFeedbackAndScore() {
        UI.getCurrent().navigate("practice");
        _assertOne(PracticeView.class);
        Select<StudyModule> module = _get(Select.class, s -> s.withId("module"));
        _setValue(module, module.getListDataView().getItems().filter(m -> m.id().equals("phlebotomy")).findFirst()
                .orElse(module.getValue()));
        _setValue(_get(Select.class, s -> s.withId("size")), 5);
        _click(_get(Button.class, s -> s.withId("start")));
        _assertOne(AttemptView.class);

        String attemptId = attempts.recentAttempts().getFirst().id();
        int right = 0;
        for (int i = 0; i < 5; i++) {
            assertThat(_get(Span.class, s -> s.withId("progress")).getText()).isEqualTo("Question " + (i + 1) + " of 5");
            ItemView item = attempts.attempt(attemptId).items().get(i);
            Question q = question(item);
            // before answering, nothing on the page reveals the key or any rationale
            String page = allText(UI.getCurrent());
            q.options().forEach(o -> assertThat(page).doesNotContain(o.rationale()));
            q.prompts().forEach(p -> assertThat(page).doesNotContain(p.rationale()));
            assertThat(_find(Component.class, s -> s.withId("feedback"))).isEmpty();

            // answer through the service for types without a radio group, through the UI otherwise
            if (q.type() == QuestionType.SINGLE_BEST_ANSWER || q.type() == QuestionType.TRUE_FALSE
                    || q.type() == QuestionType.EKG_STRIP || q.type() == QuestionType.HOTSPOT) {
                RadioButtonGroup<ItemView.Choice> options = _get(RadioButtonGroup.class, s -> s.withId("options"));
                String choice = i % 2 == 0 ? q.keyId() : q.options().stream().map(Question.Option::id)
                        .filter(id -> !id.equals(q.keyId())).findFirst().orElseThrow();
                if (i % 2 == 0) right++;
                _setValue(options, item.options().stream().filter(o -> o.id().equals(choice)).findFirst().orElseThrow());
                _click(_get(Button.class, s -> s.withId("check")));
                assertThat(attempts.attempt(attemptId).items().get(i).answer()).isEqualTo(Answer.choice(choice));
                String verdict = _get(H3.class, s -> s.withId("verdict")).getText();
                assertThat(verdict).isEqualTo(i % 2 == 0 ? "Correct" : "Incorrect");
                String after = allText(UI.getCurrent());
                q.options().forEach(o -> assertThat(after).contains(o.rationale()));
                assertThat(_get(Paragraph.class, s -> s.withId("key")).getText()).contains(q.option(q.keyId()).text());
            } else {
                attempts.answer(attemptId, i, org.vitalprep.TestAnswers.wrong(q, item), item.seq());
                UI.getCurrent().navigate("attempt/" + attemptId);
                _assertOne(AttemptView.class);
            }
            if (i < 4) _click(_get(Button.class, s -> s.withId("next")));
        }
        _click(_get(Button.class, s -> s.withId("finish")));
        AttemptSnapshot done = attempts.attempt(attemptId);
        assertThat(done.finished()).isTrue();
        assertThat(done.result().rawScore()).isEqualTo(right);
        assertThat(_get(Span.class, s -> s.withId("score")).getText()).startsWith(right + " of 5 correct");
    }

    @Test
    @SuppressWarnings("unchecked")
    void examModeSavesOnChangeFlagsAndReviewsBeforeSubmitting() {
        AttemptSnapshot a = attempts.startCustom(new CustomQuiz(List.of("law-ethics"), List.of(), 3,
                CustomQuiz.Pool.ALL, 30, false));
        UI.getCurrent().navigate("attempt/" + a.id());
        _assertOne(AttemptView.class);
        assertThat(_get(Span.class, s -> s.withId("timer")).getText()).contains("left");
        // answer question 1 through the UI if it is single-choice; otherwise by service
        ItemView first = a.items().getFirst();
        if (!first.options().isEmpty() && first.type() != QuestionType.MULTIPLE_RESPONSE && first.type() != QuestionType.ORDERING) {
            RadioButtonGroup<ItemView.Choice> options = _get(RadioButtonGroup.class, s -> s.withId("options"));
            _setValue(options, first.options().get(1));
            assertThat(_get(Span.class, s -> s.withId("save-status")).getText()).isEqualTo("Answer saved");
            assertThat(attempts.attempt(a.id()).items().getFirst().answer()).isEqualTo(Answer.choice(first.options().get(1).id()));
            // no feedback in exam mode before submission
            assertThat(_find(Component.class, s -> s.withId("feedback"))).isEmpty();
        } else {
            attempts.answer(a.id(), 0, org.vitalprep.TestAnswers.wrong(question(first), first), first.seq());
        }
        _setValue(_get(Checkbox.class, s -> s.withId("flag")), true);
        assertThat(attempts.attempt(a.id()).items().getFirst().flagged()).isTrue();
        _click(_get(Button.class, s -> s.withId("review")));
        assertThat(_get(Paragraph.class, s -> s.withId("review-counts")).getText())
                .isEqualTo("1 answered, 2 not answered, 1 flagged.");
        attempts.submit(a.id());
        UI.getCurrent().navigate("attempt/" + a.id());
        assertThat(_get(Span.class, s -> s.withId("score")).getText()).contains("of 3 correct");
        assertThat(_find(Component.class, s -> s.withId("feedback"))).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aResumedQuizOpensWhereTheLearnerWas() {
        AttemptSnapshot a = attempts.startTutor("ekg", 3);
        ItemView first = a.items().getFirst();
        attempts.answer(a.id(), 0, org.vitalprep.TestAnswers.wrong(question(first), first), first.seq());
        attempts.moveTo(a.id(), 1);
        UI.getCurrent().navigate("attempt/" + a.id());
        assertThat(_get(Span.class, s -> s.withId("progress")).getText()).isEqualTo("Question 2 of 3");
        assertThat(_find(Component.class, s -> s.withId("feedback"))).isEmpty();
    }
}
