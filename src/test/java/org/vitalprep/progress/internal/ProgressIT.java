package org.vitalprep.progress.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AnswerFinalized;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.CustomQuiz;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.AttemptEngine;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Answers flow from the engine into progress as they become final, once each. */
@SpringBootTest
class ProgressIT {

    @Autowired AttemptEngine engine;
    @Autowired ProgressView progress;
    @Autowired ProgressListener listener;
    @Autowired QuestionBankService banks;

    @Test
    void tutorAnswersCountAtOnceAndExamAnswersAtSubmission() {
        String learner = "progress-" + System.nanoTime();
        AttemptSnapshot tutor = engine.startTutor(learner, "ekg", 2);
        ItemView i0 = tutor.items().getFirst();
        Question q0 = banks.question(i0.questionId(), i0.questionVersion());
        engine.answer(tutor.id(), learner, 0, TestAnswers.right(q0), i0.seq());
        ProgressState s = progress.state(learner);
        assertThat(s.modules().get("ekg").answered()).isEqualTo(1);
        assertThat(s.modules().get("ekg").percent()).isEqualTo(100);
        assertThat(s.items().get(q0.id()).firstCorrect()).isTrue();
        q0.domains().forEach(d -> assertThat(s.domains().get(d).answered()).isEqualTo(1));

        AttemptSnapshot exam = engine.startCustom(learner, new CustomQuiz(List.of("law-ethics"), List.of(), 2,
                CustomQuiz.Pool.ALL, 0, false));
        ItemView e0 = exam.items().getFirst();
        engine.answer(exam.id(), learner, 0, TestAnswers.wrong(banks.question(e0.questionId(), e0.questionVersion()), e0), e0.seq());
        assertThat(progress.state(learner).modules()).doesNotContainKey("law-ethics"); // not final yet
        engine.submit(exam.id(), learner);
        engine.submit(exam.id(), learner); // a second submit must not count twice
        ProgressState after = progress.state(learner);
        assertThat(after.modules().get("law-ethics").answered()).isEqualTo(1); // the unanswered item is not counted
        assertThat(after.modules().get("law-ethics").percent()).isZero();
    }

    @Test
    void aReplayedEventIsCountedOnce() {
        String learner = "replay-" + System.nanoTime();
        Question q = banks.publishedQuestions("phlebotomy").getFirst();
        AnswerFinalized e = new AnswerFinalized(learner, "att-1", 3, q.id(), q.version(), q.module(), q.domains(),
                q.difficulty(), true, 1, 12_000, Instant.now());
        listener.on(e);
        listener.on(e);
        assertThat(progress.state(learner).modules().get("phlebotomy").answered()).isEqualTo(1);
        assertThat(progress.state(learner).modules().get("phlebotomy").timeMs()).isEqualTo(12_000);
    }

    @Test
    void aWrongAnswerComesBackForReview() {
        String learner = "review-" + System.nanoTime();
        Question q = banks.publishedQuestions("ehr").getFirst();
        Instant yesterday = Instant.now().minusSeconds(86_400);
        listener.on(new AnswerFinalized(learner, "att-2", 0, q.id(), q.version(), q.module(), q.domains(),
                q.difficulty(), false, 0, 5_000, yesterday));
        assertThat(progress.due(progress.state(learner), Instant.now())).containsExactly(q.id());
    }
}
