package org.vitalprep.classroom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.vitalprep.TestAnswers;
import org.vitalprep.authoring.AuthoredItem;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.authoring.InvalidQuestionException;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.AttemptRecord;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.identity.AccountService;
import org.vitalprep.identity.AuditLog;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Instructors author, publish, build a quiz, run a class and grade it; learners join and take it. Two
 * instructors and two learners try to reach each other's data by id and get nothing.
 */
@SpringBootTest
class ClassroomIT extends org.vitalprep.SignedInServiceTest {

    @Autowired AuthoringService authoring;
    @Autowired ClassroomService classes;
    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;
    @Autowired AccountService accounts;
    @Autowired AuditLog audit;

    private final String suffix = String.valueOf(System.nanoTime());
    private final String instructorA = "teacher-a" + suffix + "@example.org";
    private final String instructorB = "teacher-b" + suffix + "@example.org";
    private final String learner1 = "learner-1" + suffix + "@example.org";
    private final String learner2 = "learner-2" + suffix + "@example.org";




    static String completeQuestion(String id, String stem) {
        return ClassroomITSupport.completeQuestion(id, stem);
    }

    private AuthoredItem publishedQuestion(String stem) {
        AuthoredItem draft = authoring.create("phlebotomy", QuestionType.SINGLE_BEST_ANSWER);
        AuthoredItem saved = authoring.save(draft.id(), "phlebotomy", completeQuestion(draft.id(), stem),
                draft.revision());
        authoring.submitForReview(saved.id());
        return authoring.publish(saved.id());
    }

    @Test
    void authorPublishQuizClassAssignmentAttemptGradebook() {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem item = publishedQuestion("Which tube is used for a CBC?");
        assertThat(item.status()).isEqualTo("published");
        assertThat(item.publishedVersion()).isEqualTo(1);

        Question library = banks.publishedQuestions("phlebotomy").getFirst();
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "Tubes quiz", List.of(item.id(), library.id()), List.of(),
                List.of(), null, 0, 0, false, false, false, false, 1));
        ClassInfo clazz = classes.createClass("MA 101 " + suffix, "Spring 2027");
        assertThat(clazz.joinCode()).matches("[A-Z0-9]{8}");
        AssignmentInfo assignment = classes.assign(clazz.id(), quiz.id(), null, null, null, null);
        assertThat(assignment.questionCount()).isEqualTo(2);
        assertThat(assignment.attemptsAllowed()).isEqualTo(1);

        as(learner1, "LEARNER");
        assertThat(classes.join(clazz.joinCode().toLowerCase()).name()).isEqualTo("MA 101 " + suffix);
        classes.join(clazz.joinCode()); // twice changes nothing
        assertThat(classes.myAssignments()).singleElement().satisfies(l -> assertThat(l.canStart()).isTrue());
        AttemptSnapshot s = attempts.startAssignment(assignment.id());
        assertThat(s.kind()).isEqualTo(AttemptSnapshot.Kind.ASSIGNED);
        assertThat(s.items()).extracting(ItemView::questionId).containsExactly(item.id(), library.id());
        assertThat(s.items().getFirst().feedback()).isNull(); // no key before submission
        for (ItemView it : s.items()) {
            Question q = banks.question(it.questionId(), it.questionVersion());
            var answer = it.questionId().equals(item.id()) ? TestAnswers.right(q) : TestAnswers.wrong(q, it);
            attempts.answer(s.id(), it.index(), answer, it.seq());
        }
        AttemptSnapshot done = attempts.submit(s.id());
        assertThat(done.result().percent()).isEqualTo(50);
        assertThatThrownBy(() -> attempts.startAssignment(assignment.id())).hasMessageContaining("all 1 attempt");
        assertThat(classes.myAssignments().getFirst().best()).isEqualTo(50);

        // editing the published question makes a new version; the attempt keeps the one it showed
        as(instructorA, "INSTRUCTOR");
        AuthoredItem current = authoring.item(item.id());
        AuthoredItem edited = authoring.save(item.id(), "phlebotomy",
                completeQuestion(item.id(), "Which tube is drawn for a complete blood count?"), current.revision());
        assertThat(edited.status()).isEqualTo("draft");
        assertThat(edited.publishedVersion()).isEqualTo(1);
        authoring.submitForReview(item.id());
        assertThat(authoring.publish(item.id()).publishedVersion()).isEqualTo(2);
        assertThat(banks.question(item.id(), 1).stem()).isEqualTo("Which tube is used for a CBC?");
        assertThat(authoring.versions(item.id())).extracting(Question::version).containsExactly(1, 2);

        Gradebook g = classes.gradebook(clazz.id());
        assertThat(g.rows()).singleElement().satisfies(r -> {
            assertThat(r.learner().learnerId()).isEqualTo("user:" + learner1);
            assertThat(r.cells().getFirst().best()).isEqualTo(50);
            assertThat(r.cells().getFirst().attempts()).isEqualTo(1);
        });
        List<AttemptRecord> records = classes.attemptsAt(assignment.id());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.items().getFirst().questionVersion()).isEqualTo(1);
            assertThat(r.items().getFirst().score()).isEqualTo(1.0);
        });
        ClassroomService.Analysis analysis = classes.itemAnalysis(assignment.id(), true);
        assertThat(analysis.result().test().attempts()).isEqualTo(1);
        assertThat(analysis.result().item(item.id() + "@1").facility().getAsDouble()).isEqualTo(1.0);
        assertThat(analysis.result().item(library.id() + "@" + library.version()).facility().getAsDouble())
                .isEqualTo(0.0);
        assertThat(analysis.questions().get(item.id() + "@1").stem()).isEqualTo("Which tube is used for a CBC?");
        classes.overrideGrade(assignment.id(), "user:" + learner1, 80, "Re-graded after a flawed item");
        String csv = new String(classes.gradebookCsv(clazz.id()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFLearner,Account,Tubes quiz,Average\r\n").contains(learner1 + ",80,80.0");
        as("audit-admin", "ADMIN");
        assertThat(audit.recent("GRADE_CHANGE", 50)).anyMatch(e -> e.toString().contains("50 -> 80")
                || e.toString().contains("computed -> 80"));

        // the learner deletes their data: they leave the roster, and their override (with its reason) goes too
        as(learner1, "LEARNER");
        accounts.deleteMyData(null);
        as(instructorA, "INSTRUCTOR");
        assertThat(classes.gradebook(clazz.id()).rows()).isEmpty();
        assertThat(new String(classes.gradebookCsv(clazz.id()), StandardCharsets.UTF_8)).doesNotContain(learner1);
        as(learner1, "LEARNER");
        classes.join(clazz.joinCode()); // the same person joins again: nothing of before is left
        as(instructorA, "INSTRUCTOR");
        assertThat(classes.gradebook(clazz.id()).rows()).singleElement().satisfies(r -> {
            assertThat(r.cells().getFirst().override()).isNull();
            assertThat(r.cells().getFirst().attempts()).isZero();
        });
    }

    @Test
    void instructorsAndLearnersCannotReachOthersDataById() {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem item = publishedQuestion("Which tube is used for a CBC?");
        AuthoredItem draft = authoring.create("ekg", QuestionType.TRUE_FALSE);
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "A's quiz", List.of(item.id()), List.of(), List.of(), null,
                0, 0, true, false, true, true, 0));
        ClassInfo clazz = classes.createClass("A's class " + suffix, "");
        AssignmentInfo assignment = classes.assign(clazz.id(), quiz.id(), null, null, null, null);
        as(learner1, "LEARNER");
        classes.join(clazz.joinCode());
        AttemptSnapshot s = attempts.startAssignment(assignment.id());

        as(instructorB, "INSTRUCTOR");
        assertThat(classes.myClasses()).noneMatch(c -> c.id().equals(clazz.id()));
        assertThatThrownBy(() -> classes.clazz(clazz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.gradebook(clazz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.gradebookCsv(clazz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.assignments(clazz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.assign(clazz.id(), null, "ccma", null, null, null))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.overrideGrade(assignment.id(), "user:" + learner1, 100, "x"))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.removeMember(clazz.id(), "user:" + learner1))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.attemptsAt(assignment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.itemAnalysis(assignment.id(), false)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attempts.assignmentAttempts(assignment.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> classes.quiz(quiz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> classes.previewQuiz(quiz.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.item(draft.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.save(draft.id(), "ekg", "{}", 0)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.publish(item.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.versions(item.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.duplicate(item.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(authoring.items(AuthoredItem.Filter.any())).noneMatch(i -> i.id().equals(item.id()));
        // B's quiz may not pick A's published question either: it is A's until it is in the library
        assertThatThrownBy(() -> classes.saveQuiz(new QuizSpec(null, "B steals", List.of(item.id()), List.of(),
                List.of(), null, 0, 0, true, false, true, true, 0))).hasMessageContaining("No published question");

        as(learner2, "LEARNER");
        assertThatThrownBy(() -> attempts.startAssignment(assignment.id())).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> attempts.attempt(s.id())).isInstanceOf(NoSuchElementException.class);
        assertThat(classes.myAssignments()).isEmpty();
        for (Runnable call : List.<Runnable>of(() -> classes.myClasses(), () -> classes.gradebook(clazz.id()),
                () -> classes.attemptsAt(assignment.id()), () -> authoring.items(AuthoredItem.Filter.any()),
                () -> authoring.create("ekg", QuestionType.NUMERIC), () -> classes.createClass("x", ""),
                () -> attempts.assignmentAttempts(assignment.id()))) {
            assertThatThrownBy(call::run).isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }

        as("the-admin", "ADMIN"); // an admin sees everything
        assertThat(classes.clazz(clazz.id()).members()).hasSize(1);
        assertThat(authoring.item(draft.id()).ownerId()).isEqualTo("user:" + instructorA);
        assertThat(classes.attemptsAt(assignment.id())).hasSize(1);
    }

    @Test
    void theValidatorGuardsEverySaveAndEveryWorkflowStep() {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem draft = authoring.create("phlebotomy", QuestionType.SINGLE_BEST_ANSWER);
        assertThat(authoring.check("phlebotomy", draft.json()).ok()).isTrue(); // a template is a valid draft
        // a draft without rationales is fine, but it cannot go to review
        assertThatThrownBy(() -> authoring.submitForReview(draft.id()))
                .isInstanceOfSatisfying(InvalidQuestionException.class, e -> assertThat(e.errors())
                        .anyMatch(x -> x.path().equals("/options/0/rationale")));
        assertThatThrownBy(() -> authoring.publish(draft.id())).hasMessageContaining("not review");
        String broken = draft.json().replace("\"key\" : \"a\"", "\"key\" : \"z\"");
        assertThat(broken).isNotEqualTo(draft.json());
        assertThatThrownBy(() -> authoring.save(draft.id(), "phlebotomy", broken, draft.revision()))
                .isInstanceOfSatisfying(InvalidQuestionException.class,
                        e -> assertThat(e.errors()).anyMatch(x -> x.path().equals("/key")));
        assertThatThrownBy(() -> authoring.save(draft.id(), "phlebotomy", "{not json", draft.revision()))
                .hasMessageContaining("invalid JSON");
        AuthoredItem saved = authoring.save(draft.id(), "phlebotomy", completeQuestion(draft.id(), "Stem <script>x</script>"),
                draft.revision());
        // a stale revision (another tab) is refused rather than silently overwriting
        assertThatThrownBy(() -> authoring.save(draft.id(), "phlebotomy", completeQuestion(draft.id(), "Other"),
                draft.revision())).hasMessageContaining("changed this question");
        assertThatThrownBy(() -> authoring.save(saved.id(), "phlebotomy", completeQuestion("another-id", "x"),
                saved.revision())).hasMessageContaining("cannot change");
        // templates of every type are valid drafts
        for (QuestionType t : QuestionType.values()) {
            AuthoredItem i = authoring.create("ekg", t);
            assertThat(authoring.check("ekg", i.json()).errors()).as(t.code()).isEmpty();
            assertThat(BankFormat.toJson(authoring.check("ekg", i.json()).question())).contains(t.code());
        }
    }

    @Test
    void aPublishInterruptedAfterStoringTheVersionIsCompletedByTheRetryWithoutASecondVersion() {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem draft = authoring.create("phlebotomy", QuestionType.SINGLE_BEST_ANSWER);
        authoring.save(draft.id(), "phlebotomy", completeQuestion(draft.id(), "Interrupted?"), draft.revision());
        AuthoredItem review = authoring.submitForReview(draft.id());
        // the first write of publish happened, the second did not (a crash in between)
        Question reviewed = authoring.check("phlebotomy", review.json()).question();
        banks.storeAuthoredVersion(reviewed.withBank("authored", "phlebotomy").withIdAndStatus(reviewed.id(), "published"));
        assertThat(authoring.item(draft.id()).status()).isEqualTo("review");
        assertThat(authoring.publish(draft.id()).publishedVersion()).isEqualTo(1);
        assertThat(authoring.versions(draft.id())).hasSize(1);
    }

    @Autowired org.vitalprep.classroom.internal.ClassroomStore classroomStore;

    @Test
    void aStartThatNeverBecameAnAttemptIsGivenBack() {
        String assignment = "given-back-" + suffix;
        assertThat(classroomStore.takeStart(assignment, "user:" + learner1, 1, 0)).isTrue();
        assertThat(classroomStore.takeStart(assignment, "user:" + learner1, 1, 0)).isFalse();
        classroomStore.giveBackStart(assignment, "user:" + learner1);
        assertThat(classroomStore.takeStart(assignment, "user:" + learner1, 1, 0)).isTrue();
        classroomStore.giveBackStart(assignment, "user:" + learner2); // nothing taken: nothing to give back
        assertThat(classroomStore.takeStart(assignment, "user:" + learner2, 1, 0)).isTrue();
    }

    @Test
    void twoSimultaneousStartsCannotBothTakeTheLastAttempt() throws Exception {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem item = publishedQuestion("Which tube is used for a CBC?");
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "Once", List.of(item.id()), List.of(), List.of(), null, 0,
                0, false, false, true, true, 1));
        ClassInfo clazz = classes.createClass("Race " + suffix, "");
        AssignmentInfo a = classes.assign(clazz.id(), quiz.id(), null, null, null, 1);
        as(learner1, "LEARNER");
        classes.join(clazz.joinCode());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var ready = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Boolean>> starts = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                starts.add(pool.submit(() -> {
                    as(learner1, "LEARNER");
                    ready.await();
                    try {
                        attempts.startAssignment(a.id());
                        return true;
                    } catch (IllegalStateException e) {
                        return false;
                    } finally {
                        org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    }
                }));
            }
            ready.countDown();
            int started = 0;
            for (var f : starts) if (f.get()) started++;
            assertThat(started).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(attempts.myAssignmentAttempts(a.id())).hasSize(1);
    }

    @Test
    void assignmentWindowsAndRegistrationWithAJoinCode() {
        as(instructorA, "INSTRUCTOR");
        AuthoredItem item = publishedQuestion("Which tube is used for a CBC?");
        QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "Later", List.of(item.id()), List.of(), List.of(), null, 0,
                0, true, false, true, true, 0));
        ClassInfo clazz = classes.createClass("Evening " + suffix, "");
        Instant now = Instant.now();
        AssignmentInfo later = classes.assign(clazz.id(), quiz.id(), null, now.plus(1, ChronoUnit.DAYS),
                now.plus(2, ChronoUnit.DAYS), null);
        AssignmentInfo past = classes.assign(clazz.id(), quiz.id(), null, now.minus(2, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS), null);
        assertThatThrownBy(() -> classes.assign(clazz.id(), quiz.id(), null, now, now.minus(1, ChronoUnit.HOURS), null))
                .hasMessageContaining("due date");

        SecurityContextHolder.clearContext();
        String pw = "order of draw matters a lot";
        assertThatThrownBy(() -> accounts.register(learner2, pw, pw, null, "NOPE0000")).hasMessageContaining("No class");
        accounts.register(learner2, pw, pw, null, clazz.joinCode());
        as(instructorA, "INSTRUCTOR");
        assertThat(classes.clazz(clazz.id()).members()).extracting(ClassInfo.Member::learnerId)
                .containsExactly("user:" + learner2);

        as(learner2, "LEARNER");
        assertThat(classes.myAssignments()).extracting(LearnerAssignment::status)
                .containsExactlyInAnyOrder("not yet open", "closed");
        assertThatThrownBy(() -> attempts.startAssignment(later.id())).hasMessageContaining("not yet open");
        assertThatThrownBy(() -> attempts.startAssignment(past.id())).hasMessageContaining("closed");

        as(instructorA, "INSTRUCTOR");
        classes.setJoin(clazz.id(), false, false);
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> accounts.register(learner1, pw, pw, null, clazz.joinCode()))
                .hasMessageContaining("not accepting");
    }
}
