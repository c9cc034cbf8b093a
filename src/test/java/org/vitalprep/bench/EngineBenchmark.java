package org.vitalprep.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.vitalprep.TestAnswers;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.AnswerOutcome;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.internal.AttemptEngine;
import org.vitalprep.exam.internal.ExamAssembler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Speed figures for BENCHMARKS.md (not a timed test: it prints, it does not assert times). Run with
 * {@code ./mvnw test -Dtest=EngineBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest
class EngineBenchmark {

    @Autowired AttemptEngine engine;
    @Autowired QuestionBankService banks;

    @Test
    void assembleA180ItemExamFrom20000Items() {
        ExamDefinition ccma = banks.exams().stream().filter(e -> e.id().equals("CCMA")).findFirst().orElseThrow();
        List<String> codes = ccma.leafDomains().map(ExamDefinition.Domain::code).toList();
        Random r = new Random(1);
        List<Question> pool = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            List<String> tags = new ArrayList<>(List.of(codes.get(r.nextInt(codes.size()))));
            if (r.nextBoolean()) tags.add(codes.get(r.nextInt(codes.size())));
            tags.add("CMA/clinical");
            pool.add(new Question("q" + i, 1, "b", "m", QuestionType.SINGLE_BEST_ANSWER, "stem " + i,
                    List.of(new Question.Option("a", "A", "r", null), new Question.Option("b", "B", "r", null)),
                    null, null, List.of("a"), null, null, null, null, null, null, null,
                    tags.stream().distinct().toList(), null, "easy", "s", "published"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) seen.add("q" + r.nextInt(20_000));
        for (int i = 0; i < 300; i++) ExamAssembler.assemble(ccma, pool, seen, i); // warm-up
        long[] ns = new long[1000];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            ExamAssembler.Form f = ExamAssembler.assemble(ccma, pool, seen, 1000 + i);
            ns[i] = System.nanoTime() - t;
            if (f.picks().size() != 180) throw new AssertionError("form size " + f.picks().size());
        }
        report("assemble CCMA form (150 scored + 30 pretest) from 20,000 items, 5,000 seen", ns);
    }

    @Test
    void saveAnAnswerOnTheEmbeddedDatabase() {
        String learner = "bench-" + System.nanoTime();
        AttemptSnapshot a = engine.startExam(learner, "CCMA");
        List<ItemView> items = a.items();
        for (int i = 0; i < 200; i++) answer(a, learner, items, i); // warm-up
        long[] ns = new long[1000];
        for (int i = 0; i < ns.length; i++) {
            long t = System.nanoTime();
            answer(a, learner, items, i);
            ns[i] = System.nanoTime() - t;
        }
        report("save an answer (validate, one atomic update, re-read) in a " + items.size() + "-item exam", ns);
        long[] start = new long[50];
        for (int i = 0; i < start.length; i++) {
            long t = System.nanoTime();
            engine.startExam(learner + "-s" + i, "CCMA");
            start[i] = System.nanoTime() - t;
        }
        report("start a CCMA exam end to end (history, assembly from the cached banks, insert, first view)", start);
    }

    private final int[] seqs = new int[400];

    private void answer(AttemptSnapshot a, String learner, List<ItemView> items, int i) {
        int index = i % items.size();
        ItemView item = items.get(index);
        Question q = banks.question(item.questionId(), item.questionVersion());
        AnswerOutcome out = engine.answer(a.id(), learner, index, i % 2 == 0 ? TestAnswers.right(q) : TestAnswers.wrong(q, item),
                seqs[index]);
        if (!out.saved()) throw new AssertionError(out.status() + " " + out.message());
        seqs[index]++;
    }

    static void report(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf("BENCHMARK %s: n=%d median=%.2f ms p95=%.2f ms max=%.2f ms%n", what, s.length,
                s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[s.length - 1] / 1e6);
    }
}
