package org.vitalprep.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.ui.AttemptView;
import org.vitalprep.progress.ui.DashboardView;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DashboardKaribuTest extends KaribuTestBase {

    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;
    @Autowired org.vitalprep.progress.internal.ProgressView progressView;

    @Test
    void aNewLearnerSeesAnHonestEmptyDashboard() {
        signIn("dash-new-" + System.nanoTime(), "LEARNER");
        UI.getCurrent().navigate("progress");
        _assertOne(DashboardView.class);
        assertThat(_get(Span.class, s -> s.withId("stat-answered")).getText()).isEqualTo("0");
        String readiness = _get(Div.class, s -> s.withId("readiness")).getElement().getTextRecursively();
        assertThat(readiness).contains("not enough data yet").doesNotContain("chance to pass");
        assertThat(_get(Button.class, s -> s.withId("start-review")).isEnabled()).isFalse();
    }

    @Test
    void answersShowUpAndWrongOnesCanBeReviewed() {
        String learner = "dash-" + System.nanoTime();
        signIn(learner, "LEARNER");
        AttemptSnapshot a = attempts.startTutor("phlebotomy", 4);
        for (int i = 0; i < 4; i++) {
            ItemView it = a.items().get(i);
            Question q = banks.question(it.questionId(), it.questionVersion());
            attempts.answer(a.id(), i, i < 3 ? TestAnswers.right(q) : TestAnswers.wrong(q, it), it.seq());
        }
        UI.getCurrent().navigate("progress");
        assertThat(_get(Span.class, s -> s.withId("stat-answered")).getText()).isEqualTo("4");
        assertThat(_get(Span.class, s -> s.withId("stat-accuracy")).getText()).isEqualTo("75%");
        String modules = _get(Div.class, s -> s.withId("modules")).getElement().getTextRecursively();
        assertThat(modules).contains("Phlebotomy").contains("75% of 4");
        assertThat(_get(Div.class, s -> s.withId("accuracy-chart")).getElement().toString()).contains("<svg");
        // new cards sit in FSRS learning steps (minutes): they count as due today unless the day ends first
        var state = progressView.state("user:" + learner);
        int dueToday = progressView.due(state, org.vitalprep.progress.ProgressService.endOfToday(java.time.Instant.now())).size();
        assertThat(dueToday).isBetween(0, 4);
        assertThat(_get(Span.class, s -> s.withId("stat-due")).getText()).isEqualTo(String.valueOf(dueToday));
    }

    @Test
    void startingTodaysReviewOpensAQuizOfTheDueQuestions() {
        String name = "dash-review-" + System.nanoTime();
        signIn(name, "LEARNER");
        Question q = banks.publishedQuestions("ekg").getFirst();
        // answered wrong yesterday: due again now
        ctx.publishEvent(new org.vitalprep.exam.AnswerFinalized("user:" + name, "old-attempt", 0, q.id(), q.version(),
                q.module(), q.domains(), q.difficulty(), false, 0, 9_000, java.time.Instant.now().minusSeconds(86_400)));
        UI.getCurrent().navigate("progress");
        assertThat(_get(Span.class, s -> s.withId("stat-due")).getText()).isEqualTo("1");
        _click(_get(Button.class, s -> s.withId("start-review")));
        _assertOne(AttemptView.class);
        var review = attempts.recentAttempts().getFirst();
        assertThat(review.title()).isEqualTo("Spaced review");
    }
}
