package org.vitalprep.exam.internal;

import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.exam.Result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw, percent and scaled scores, pass/fail and per-domain bands. Pure logic.
 * <p>
 * The boards do not publish raw cut scores, so the scale is anchored on the exam definition's
 * {@code passingRawPercent}: that raw percent maps to the passing scaled score, 0% to the bottom of the scale and
 * 100% to the top, linearly in between. A domain is "above" the standard when its percent is at least 10 points
 * over the cut, "below" when more than 10 points under it, and "near" otherwise.
 */
public final class ResultCalculator {

    /** Cut used for practice quizzes, which have no exam standard. */
    public static final int PRACTICE_CUT = 70;
    static final int BAND = 10;

    private ResultCalculator() {
    }

    /** @param group the code results are grouped by (an exam's leaf domain, or a module for practice) */
    public record Scored(String group, boolean scored, double score, long timeSpentMs) {}

    public static Result compute(List<Scored> items, ExamDefinition exam, Map<String, String> groupNames) {
        List<Scored> scored = items.stream().filter(Scored::scored).toList();
        double raw = scored.stream().mapToDouble(Scored::score).sum();
        int percent = scored.isEmpty() ? 0 : (int) Math.round(100 * raw / scored.size());
        int cut = exam != null ? exam.scoring().passingRawPercent() : PRACTICE_CUT;
        Integer scaled = exam == null ? null : scale(100 * raw / Math.max(1, scored.size()), exam.scoring());
        Boolean passed = exam == null ? null : scaled >= exam.scoring().passingScaled();
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>(groupNames);
        if (exam != null) {
            for (ExamDefinition.Domain d : exam.domains()) {
                names.put(d.code(), d.name());
                parent.put(d.code(), d.code());
                d.subdomains().forEach(s -> parent.put(s.code(), d.code()));
            }
        }
        Map<String, double[]> groups = new LinkedHashMap<>();
        if (exam != null) exam.domains().forEach(d -> groups.put(d.code(), new double[2]));
        for (Scored s : scored) {
            String g = parent.getOrDefault(s.group(), s.group());
            double[] acc = groups.computeIfAbsent(g, k -> new double[2]);
            acc[0] += 1;
            acc[1] += s.score();
        }
        List<Result.DomainResult> domains = new ArrayList<>();
        groups.forEach((code, acc) -> {
            if (acc[0] == 0) return;
            int p = (int) Math.round(100 * acc[1] / acc[0]);
            Result.Band band = p >= cut + BAND ? Result.Band.ABOVE : p < cut - BAND ? Result.Band.BELOW : Result.Band.NEAR;
            domains.add(new Result.DomainResult(code, names.getOrDefault(code, code), (int) acc[0], acc[1], p, band));
        });
        long time = items.stream().mapToLong(Scored::timeSpentMs).sum();
        String standard = exam == null ? "Practice: " + cut + "% is used as the reference standard"
                : "Passing: " + exam.scoring().passingScaled() + " on " + exam.scoring().scaleMin() + "-"
                + exam.scoring().scaleMax() + ". " + exam.scoring().note();
        return new Result(scored.size(), raw, percent, scaled, passed, standard, domains, time);
    }

    /** Piecewise-linear scale through (0, min), (cut, passing) and (100, max). */
    static int scale(double rawPercent, ExamDefinition.Scoring s) {
        double cut = s.passingRawPercent();
        double v = rawPercent <= cut
                ? s.scaleMin() + (s.passingScaled() - s.scaleMin()) * rawPercent / cut
                : s.passingScaled() + (s.scaleMax() - s.passingScaled()) * (rawPercent - cut) / (100 - cut);
        return (int) Math.round(v);
    }
}
