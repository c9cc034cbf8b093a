package org.vitalprep.classroom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.MutableClock;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A quiz whose answers appear after the due date: the score at once, keys and rationales only when it is due. */
@SpringBootTest(properties = "vitalprep.exam.expiry-check-ms=3600000")
class FeedbackAfterDueIT extends org.vitalprep.SignedInServiceTest {

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock dueClock() {
            return new MutableClock();
        }
    }

    @Autowired ClassroomService classes;
    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;
    @Autowired MutableClock clock;



    @Test
    void keysStayOnTheServerUntilTheDueDate() {
        String teacher = "due-teacher" + System.nanoTime() + "@example.org";
        String learner = "due-learner" + System.nanoTime() + "@example.org";
        as(teacher, "INSTRUCTOR");
        Question q = banks.publishedQuestions("law-ethics").getFirst();
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "Held quiz", List.of(q.id()), List.of(), List.of(), null, 0,
                0, false, true, false, false, 1));
        ClassInfo clazz = classes.createClass("Held " + System.nanoTime(), "");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> classes.assign(clazz.id(), quiz.id(), null,
                null, null, null))).hasMessageContaining("due date");
        AssignmentInfo a = classes.assign(clazz.id(), quiz.id(), null, null, clock.instant().plus(Duration.ofDays(2)),
                null);

        as(learner, "LEARNER");
        classes.join(clazz.joinCode());
        // a classmate starts before the due date and leaves the attempt open
        String slow = "due-slow" + System.nanoTime() + "@example.org";
        as(slow, "LEARNER");
        classes.join(clazz.joinCode());
        AttemptSnapshot open = attempts.startAssignment(a.id());
        assertThat(open.segment().deadline()).isEqualTo(a.dueAt()); // no time limit, yet it closes when due

        as(learner, "LEARNER");
        AttemptSnapshot s = attempts.startAssignment(a.id());
        ItemView item = s.items().getFirst();
        attempts.answer(s.id(), 0, TestAnswers.right(q), item.seq());
        AttemptSnapshot done = attempts.submit(s.id());
        assertThat(done.result().percent()).isEqualTo(100); // the score at once
        assertThat(done.items()).allSatisfy(i -> {
            assertThat(i.feedback()).isNull(); // no key, no rationale
            assertThat(i.locked()).isTrue();
        });
        assertThat(done.notes()).anyMatch(n -> n.contains("after the due date"));

        clock.advance(Duration.ofDays(3));
        // once due, the open attempt is closed: nobody can answer with keys already released to others
        as(slow, "LEARNER");
        AttemptSnapshot closed = attempts.attempt(open.id());
        assertThat(closed.finished()).isTrue();
        assertThat(closed.submitReason()).isEqualTo("time");
        ItemView first = closed.items().getFirst();
        assertThat(attempts.answer(open.id(), 0, TestAnswers.right(q), first.seq()).saved()).isFalse();

        as(learner, "LEARNER");
        AttemptSnapshot later = attempts.attempt(s.id());
        assertThat(later.items().getFirst().feedback()).isNotNull();
        assertThat(later.items().getFirst().feedback().correct()).isTrue();
    }
}
