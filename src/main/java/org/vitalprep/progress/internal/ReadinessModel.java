package org.vitalprep.progress.internal;

import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.progress.ReadinessEstimate;
import org.vitalprep.progress.internal.irt.AbilityEstimator;
import org.vitalprep.progress.internal.irt.ItemParameters;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The chance of passing an exam now. Per blueprint domain: an ability estimate (EAP with its standard error)
 * from the learner's first-try answers to items of that domain, with IRT item parameters. Then simulated exams:
 * draw each domain's ability from its posterior, draw the domain's number right on a form (the blueprint's item
 * count, each item a question of that domain's bank), and count how often the total reaches the passing
 * standard. Pure logic.
 */
public final class ReadinessModel {

    /** Below these counts the estimate says "not enough data" instead of a number. */
    public static final int MIN_ANSWERS = 20;
    public static final int MIN_PER_DOMAIN = 3;
    static final int DRAWS = 4000;

    private ReadinessModel() {
    }

    /** A first-try answer to a question with its parameters and the exam-domain tags it carries. */
    public record Answer(ItemParameters item, List<String> domains, boolean correct) {}

    /**
     * @param bank published items of the exam (parameters and tags), the population a real form is drawn from
     */
    public static ReadinessEstimate estimate(ExamDefinition exam, List<Answer> answers, List<Answer> bank, long seed) {
        int cut = exam.scoring().passingRawPercent();
        Map<String, String> topOf = new HashMap<>();
        for (ExamDefinition.Domain d : exam.domains()) {
            topOf.put(d.code(), d.code());
            d.subdomains().forEach(s -> topOf.put(s.code(), d.code()));
        }
        Map<String, List<AbilityEstimator.Response>> byDomain = new HashMap<>();
        Map<String, List<ItemParameters>> bankByDomain = new HashMap<>();
        int answeredForExam = 0;
        for (Answer a : answers) {
            String top = top(a.domains(), topOf);
            if (top == null) continue;
            answeredForExam++;
            byDomain.computeIfAbsent(top, k -> new ArrayList<>()).add(new AbilityEstimator.Response(a.item(), a.correct()));
        }
        for (Answer b : bank) {
            String top = top(b.domains(), topOf);
            if (top != null) bankByDomain.computeIfAbsent(top, k -> new ArrayList<>()).add(b.item());
        }
        List<String> thin = exam.domains().stream()
                .filter(d -> byDomain.getOrDefault(d.code(), List.of()).size() < MIN_PER_DOMAIN)
                .map(ExamDefinition.Domain::name).toList();
        if (answeredForExam < MIN_ANSWERS || !thin.isEmpty()) {
            String why = "Not enough data yet: " + answeredForExam + " first-try answer" + (answeredForExam == 1 ? "" : "s")
                    + " in this exam's domains. An estimate appears after " + MIN_ANSWERS + " answers with at least "
                    + MIN_PER_DOMAIN + " in every domain" + (thin.isEmpty() ? "." : "; still needed in: "
                    + String.join(", ", thin) + ".");
            return new ReadinessEstimate(exam.id(), exam.name(), null, null, null, null, cut, answeredForExam, why);
        }
        AbilityEstimator eap = new AbilityEstimator();
        Random random = new Random(seed);
        double[] percents = new double[DRAWS];
        int passes = 0;
        String weakest = null;
        double weakestTheta = Double.MAX_VALUE;
        Map<String, AbilityEstimator.Estimate> est = new HashMap<>();
        for (ExamDefinition.Domain d : exam.domains()) {
            AbilityEstimator.Estimate e = eap.estimate(byDomain.get(d.code()));
            est.put(d.code(), e);
            if (e.theta() < weakestTheta) {
                weakestTheta = e.theta();
                weakest = d.name();
            }
        }
        for (int k = 0; k < DRAWS; k++) {
            int right = 0;
            for (ExamDefinition.Domain d : exam.domains()) {
                AbilityEstimator.Estimate e = est.get(d.code());
                double theta = e.theta() + e.standardError() * random.nextGaussian();
                List<ItemParameters> pool = bankByDomain.getOrDefault(d.code(), List.of());
                for (int i = 0; i < d.items(); i++) {
                    double p = pool.isEmpty() ? 0.5 : pool.get(random.nextInt(pool.size())).probability(theta);
                    if (random.nextDouble() < p) right++;
                }
            }
            percents[k] = 100.0 * right / exam.scoredItems();
            if (percents[k] >= cut) passes++;
        }
        Arrays.sort(percents);
        double mean = Arrays.stream(percents).average().orElse(0);
        int low = (int) Math.round(percents[(int) (DRAWS * 0.10)]);
        int high = (int) Math.round(percents[(int) (DRAWS * 0.90)]);
        double p = passes / (double) DRAWS;
        String explanation = "If you sat the " + exam.id() + " today, you would most likely answer " + low + "% to "
                + high + "% of its scored questions correctly; the passing standard is about " + cut + "%. In "
                + Math.round(p * 100) + "% of " + DRAWS + " simulated exams you reach it. Your weakest domain is "
                + weakest + ". Based on " + answeredForExam + " first-try answers; the range narrows as you answer more.";
        return new ReadinessEstimate(exam.id(), exam.name(), p, (int) Math.round(mean), low, high, cut, answeredForExam,
                explanation);
    }

    private static String top(List<String> tags, Map<String, String> topOf) {
        for (String t : tags) {
            String top = topOf.get(t);
            if (top != null) return top;
        }
        return null;
    }
}
