package org.vitalprep.progress.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies one final answer to a learner's progress state. Pure logic. */
public final class ProgressMath {

    /** How many outcomes an area remembers for its trend. */
    static final int RECENT = 20;
    /** How many applied keys are kept for idempotency (replays come from retries, long before this fills). */
    static final int APPLIED = 20_000;

    private ProgressMath() {
    }

    /** One final answer. */
    public record Outcome(String key, String questionId, String module, List<String> domains, boolean correct,
                          double score, long timeSpentMs, Instant at) {}

    public static ProgressState apply(ProgressState s, Outcome o, Fsrs fsrs) {
        if (s.applied().contains(o.key())) return s;
        Map<String, ProgressState.Tally> modules = new HashMap<>(s.modules());
        modules.merge(o.module(), tally(o), ProgressMath::add);
        Map<String, ProgressState.Tally> domains = new HashMap<>(s.domains());
        for (String d : o.domains()) domains.merge(d, tally(o), ProgressMath::add);
        Map<String, ProgressState.Tally> days = new HashMap<>(s.days());
        days.merge(LocalDate.ofInstant(o.at(), ZoneOffset.UTC).toString(), tally(o), ProgressMath::add);
        Map<String, ProgressState.ItemState> items = new HashMap<>(s.items());
        items.put(o.questionId(), item(items.get(o.questionId()), o, fsrs));
        List<String> applied = new ArrayList<>(s.applied());
        applied.add(o.key());
        if (applied.size() > APPLIED) applied = new ArrayList<>(applied.subList(applied.size() - APPLIED, applied.size()));
        return new ProgressState(modules, domains, items, days, applied, o.at());
    }

    private static ProgressState.Tally tally(Outcome o) {
        return new ProgressState.Tally(1, o.score(), o.timeSpentMs(), o.correct() ? "1" : "0");
    }

    static ProgressState.Tally add(ProgressState.Tally a, ProgressState.Tally b) {
        String recent = a.recent() + b.recent();
        if (recent.length() > RECENT) recent = recent.substring(recent.length() - RECENT);
        return new ProgressState.Tally(a.answered() + b.answered(), a.score() + b.score(), a.timeMs() + b.timeMs(), recent);
    }

    /** The item's history plus this answer, and its FSRS card reviewed: right = Good, wrong = Again. */
    static ProgressState.ItemState item(ProgressState.ItemState old, Outcome o, Fsrs fsrs) {
        Fsrs.Card card = old == null || old.fsrsState() == null ? Fsrs.Card.newCard(o.at())
                : new Fsrs.Card(Fsrs.State.valueOf(old.fsrsState()), old.fsrsStep(), old.stability(), old.difficulty(),
                old.due(), old.lastReview());
        Fsrs.Card next = fsrs.review(card, o.correct() ? Fsrs.Rating.GOOD : Fsrs.Rating.AGAIN, o.at());
        return new ProgressState.ItemState(o.module(), (old == null ? 0 : old.answered()) + 1,
                (old == null ? 0 : old.correct()) + (o.correct() ? 1 : 0),
                old == null ? Boolean.valueOf(o.correct()) : old.firstCorrect(),
                old == null ? o.at() : old.firstAt(), o.at(), o.correct(), next.state().name(), next.step(),
                next.stability(), next.difficulty(), next.due(), next.lastReview());
    }

    /** Trend of an area: the last ten outcomes against the ten before them. */
    public static String trend(ProgressState.Tally t) {
        String r = t.recent();
        if (r.length() < 10) return "flat";
        int half = r.length() / 2;
        double older = share(r.substring(0, half)), newer = share(r.substring(half));
        return newer - older >= 0.15 ? "up" : older - newer >= 0.15 ? "down" : "flat";
    }

    private static double share(String bits) {
        return bits.isEmpty() ? 0 : bits.chars().filter(c -> c == '1').count() / (double) bits.length();
    }

    /** Consecutive study days ending today (or yesterday, when today has no answers yet). */
    public static int streak(Map<String, ProgressState.Tally> days, LocalDate today) {
        LocalDate d = days.containsKey(today.toString()) ? today : today.minusDays(1);
        int n = 0;
        while (days.containsKey(d.toString())) {
            n++;
            d = d.minusDays(1);
        }
        return n;
    }
}
