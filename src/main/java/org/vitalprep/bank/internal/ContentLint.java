package org.vitalprep.bank.internal;

import org.vitalprep.bank.BankError;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Content-quality rules on top of the validator (item-writing rules from PRODUCT.md). Pure logic: the content
 * lint test runs it over the repository's banks. Every rule names the file and question.
 */
public final class ContentLint {

    /** Single-best-answer items have exactly four options (A-D). */
    public static final int SBA_OPTIONS = 4;
    /** No option position may hold more than this share of a bank's single-best-answer keys. */
    public static final double MAX_KEY_POSITION_SHARE = 0.35;
    /** Stems whose word sets overlap this much (Jaccard) are near-duplicates. */
    public static final double NEAR_DUPLICATE = 0.80;

    private static final Pattern ALL_NONE = Pattern.compile(
            "\\b(all|none|both|neither) of (the )?(above|these|the following)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+");

    private ContentLint() {
    }

    public record LintedBank(String file, List<Question> questions) {}

    public static List<BankError> lint(List<LintedBank> banks) {
        List<BankError> errors = new ArrayList<>();
        Map<String, String> idOwner = new HashMap<>();
        List<Stem> stems = new ArrayList<>();
        for (LintedBank bank : banks) {
            int[] keyPositions = new int[6];
            int keyed = 0;
            for (Question q : bank.questions()) {
                String other = idOwner.putIfAbsent(q.id(), bank.file());
                if (other != null) errors.add(err(bank, q, "/id", "duplicate question id (also in " + other + ")"));
                List<String> texts = new ArrayList<>();
                texts.add(q.stem());
                q.options().forEach(o -> texts.add(o.text()));
                for (String t : texts) {
                    if (ALL_NONE.matcher(t).find()) {
                        errors.add(err(bank, q, "", "uses \"all/none of the above\": " + abbreviate(t)));
                    }
                }
                if (q.type() == QuestionType.SINGLE_BEST_ANSWER && q.options().size() != SBA_OPTIONS) {
                    errors.add(err(bank, q, "/options", "a single-best-answer item needs " + SBA_OPTIONS
                            + " options, not " + q.options().size()));
                }
                if (q.type() == QuestionType.SINGLE_BEST_ANSWER || q.type() == QuestionType.EKG_STRIP) {
                    int pos = q.options().stream().map(Question.Option::id).toList().indexOf(q.keyId());
                    if (pos >= 0 && pos < keyPositions.length) {
                        keyPositions[pos]++;
                        keyed++;
                    }
                }
                if (q.domains().isEmpty()) errors.add(err(bank, q, "/domains", "no exam-domain tag"));
                if (q.source() == null || q.source().isBlank()) errors.add(err(bank, q, "/source", "no source"));
                stems.add(new Stem(bank.file(), q.id(), words(q.stem())));
            }
            for (int p = 0; p < keyPositions.length; p++) {
                if (keyed > 0 && keyPositions[p] > MAX_KEY_POSITION_SHARE * keyed) {
                    errors.add(new BankError(bank.file(), null, "", "key position " + (char) ('A' + p) + " holds "
                            + keyPositions[p] + " of " + keyed + " single-best-answer keys (over "
                            + Math.round(MAX_KEY_POSITION_SHARE * 100) + "%)"));
                }
            }
        }
        for (int i = 0; i < stems.size(); i++) {
            for (int j = i + 1; j < stems.size(); j++) {
                Stem a = stems.get(i), b = stems.get(j);
                double sim = jaccard(a.words(), b.words());
                if (sim >= NEAR_DUPLICATE) {
                    errors.add(new BankError(a.file(), a.id(), "/stem", (sim == 1.0 ? "duplicate" : "near-duplicate")
                            + " stem of " + b.id() + " in " + b.file() + String.format(" (%.0f%% of words shared)", sim * 100)));
                }
            }
        }
        return errors;
    }

    /** A lesson must state its learning objectives. */
    public static List<String> lintLesson(String file, List<String> objectives) {
        return objectives.isEmpty() ? List.of(file + ": no learning objectives (a '## Learning objectives' list)")
                : List.of();
    }

    static Set<String> words(String s) {
        Set<String> w = new HashSet<>();
        var m = WORD.matcher(s.toLowerCase());
        while (m.find()) w.add(m.group());
        return w;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return (double) common / (a.size() + b.size() - common);
    }

    private record Stem(String file, String id, Set<String> words) {}

    private static BankError err(LintedBank bank, Question q, String path, String message) {
        return new BankError(bank.file(), q.id(), path, message);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
