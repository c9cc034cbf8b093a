package org.vitalprep.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.SignedInServiceTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.classroom.AssignmentInfo;
import org.vitalprep.classroom.ClassInfo;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.classroom.QuizSpec;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Speed of the instructor's pages over the embedded MongoDB: a class of 60 learners who each took 3 assigned
 * quizzes of 30 questions (180 attempts, 5,400 answers). Prints figures for BENCHMARKS.md; asserts nothing about
 * time. Run with {@code ./mvnw test -Dtest=ClassroomBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest
class ClassroomBenchmark extends SignedInServiceTest {

    @Autowired ClassroomService classes;
    @Autowired AttemptService attempts;
    @Autowired QuestionBankService banks;

    @Test
    void gradebookItemAnalysisAndQuestionStatisticsOfAClass() {
        String teacher = "bench-teacher" + System.nanoTime() + "@example.org";
        as(teacher, "INSTRUCTOR");
        List<Question> pool = banks.publishedQuestions("phlebotomy").subList(0, 90);
        ClassInfo clazz = classes.createClass("Benchmark class", "");
        List<AssignmentInfo> assignments = new ArrayList<>();
        for (int a = 0; a < 3; a++) {
            List<String> ids = pool.subList(a * 30, a * 30 + 30).stream().map(Question::id).toList();
            QuizSpec quiz = classes.saveQuiz(new QuizSpec(null, "Quiz " + a, ids, List.of(), List.of(), null, 0, 0,
                    false, false, true, true, 0));
            assignments.add(classes.assign(clazz.id(), quiz.id(), null, null, null, 0));
        }
        Random r = new Random(7);
        long fill = System.nanoTime();
        for (int l = 0; l < 60; l++) {
            as("bench-learner" + l + "-" + System.nanoTime() + "@example.org", "LEARNER");
            classes.join(clazz.joinCode());
            double ability = r.nextGaussian();
            for (AssignmentInfo a : assignments) {
                AttemptSnapshot s = attempts.startAssignment(a.id());
                for (ItemView it : s.items()) {
                    Question q = banks.question(it.questionId(), it.questionVersion());
                    boolean right = r.nextDouble() < 1 / (1 + Math.exp(-(ability + 0.5)));
                    attempts.answer(s.id(), it.index(), right ? TestAnswers.right(q) : TestAnswers.wrong(q, it), it.seq());
                }
                attempts.submit(s.id());
            }
        }
        System.out.printf("BENCH fill: 180 attempts, 5400 answers in %.1f s%n", (System.nanoTime() - fill) / 1e9);

        as(teacher, "INSTRUCTOR");
        report("gradebook (60 x 3)", () -> classes.gradebook(clazz.id()));
        report("gradebook CSV", () -> classes.gradebookCsv(clazz.id()));
        report("item analysis of one assignment (60 attempts x 30 items)",
                () -> classes.itemAnalysis(assignments.getFirst().id(), false));
        List<String> ids = pool.stream().map(Question::id).toList();
        report("question statistics of 90 questions", () -> attempts.questionStats(ids));
    }

    private static void report(String what, Supplier<?> call) {
        for (int i = 0; i < 5; i++) call.get(); // warm-up
        long[] ns = new long[21];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            call.get();
            ns[i] = System.nanoTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("BENCH %s: median %.1f ms, max %.1f ms%n", what, ns[ns.length / 2] / 1e6, ns[ns.length - 1] / 1e6);
    }
}
