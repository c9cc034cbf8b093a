package org.vitalprep.progress.internal.irt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;

/**
 * Computerised adaptive testing: item information, next-item selection with "randomesque" exposure control, and
 * the stopping rule.
 *
 * <p>The next item is drawn at random (from the seeded {@link Random} given) among the {@code k} unseen items
 * most informative at the learner's current EAP ability, so the single best item is not shown to everyone of
 * similar ability. Ties in information keep the pool's order. One selector holds one {@code Random}: give each
 * test session its own (it is not meant to be shared between threads).
 */
public final class AdaptiveSelector {

    /** Default size of the randomesque candidate set. */
    public static final int DEFAULT_TOP_K = 5;

    private final AbilityEstimator estimator;
    private final int topK;
    private final Random random;

    /** N(0, 1) prior, k = {@value #DEFAULT_TOP_K}. */
    public AdaptiveSelector(Random random) {
        this(new AbilityEstimator(), DEFAULT_TOP_K, random);
    }

    public AdaptiveSelector(AbilityEstimator estimator, int topK, Random random) {
        if (topK < 1) throw new IllegalArgumentException("k must be at least 1, was " + topK);
        this.estimator = Objects.requireNonNull(estimator, "estimator");
        this.topK = topK;
        this.random = Objects.requireNonNull(random, "random");
    }

    public AbilityEstimator estimator() {
        return estimator;
    }

    public int topK() {
        return topK;
    }

    /** Fisher information of a 2PL/Rasch item at {@code theta}: {@code a^2 P (1 - P)}. */
    public static double information(ItemParameters item, double theta) {
        return item.information(theta);
    }

    /** Test information: the sum of the items' information at {@code theta}. */
    public static double testInformation(Collection<ItemParameters> items, double theta) {
        double sum = 0;
        for (ItemParameters item : items) sum += item.information(theta);
        return sum;
    }

    /**
     * The next item for a learner who gave {@code answered}: estimates ability (EAP) from them and draws among the
     * {@code k} most informative items of {@code pool} not yet answered (matched by name). Empty when every item
     * has been answered.
     */
    public Optional<ItemParameters> nextItem(List<ItemParameters> pool, List<AbilityEstimator.Response> answered) {
        return nextItem(pool, answered, Set.of());
    }

    /** As {@link #nextItem(List, List)}, also leaving out the item names in {@code alsoExclude} (e.g. seen before). */
    public Optional<ItemParameters> nextItem(List<ItemParameters> pool, List<AbilityEstimator.Response> answered,
                                             Set<String> alsoExclude) {
        Set<String> exclude = new HashSet<>(alsoExclude);
        for (AbilityEstimator.Response r : answered) exclude.add(r.item().name());
        return nextItem(pool, exclude, estimator.estimate(answered).theta());
    }

    /** Draws among the {@code k} items of {@code pool} most informative at {@code theta}, skipping {@code exclude}. */
    public Optional<ItemParameters> nextItem(List<ItemParameters> pool, Set<String> exclude, double theta) {
        List<ItemParameters> best = mostInformative(pool, exclude, theta, topK);
        return best.isEmpty() ? Optional.empty() : Optional.of(best.get(random.nextInt(best.size())));
    }

    /**
     * The {@code k} items of {@code pool} (minus {@code exclude}) with the most information at {@code theta}, most
     * informative first; equal information keeps the pool's order. O(pool x log k).
     */
    public static List<ItemParameters> mostInformative(List<ItemParameters> pool, Set<String> exclude, double theta, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, was " + k);
        record Ranked(ItemParameters item, double information, int index) {
        }
        // min-heap on (information, later index first): its head is the weakest of the best k so far
        PriorityQueue<Ranked> heap = new PriorityQueue<>(k + 1, (x, y) -> x.information != y.information
                ? Double.compare(x.information, y.information) : Integer.compare(y.index, x.index));
        for (int i = 0; i < pool.size(); i++) {
            ItemParameters item = pool.get(i);
            if (exclude.contains(item.name())) continue;
            heap.add(new Ranked(item, item.information(theta), i));
            if (heap.size() > k) heap.poll();
        }
        List<ItemParameters> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) out.add(heap.poll().item());
        Collections.reverse(out);
        return out;
    }

    /** Stop when the standard error is at most {@code maxStandardError} or {@code answered >= maxLength}. */
    public static boolean shouldStop(AbilityEstimator.Estimate estimate, int answered, double maxStandardError, int maxLength) {
        return estimate.standardError() <= maxStandardError || answered >= maxLength;
    }

    /** The stopping rule as a value: stop at standard error {@code <= maxStandardError} or {@code maxLength} items. */
    public record StoppingRule(double maxStandardError, int maxLength) {
        public StoppingRule {
            if (!(maxStandardError >= 0)) throw new IllegalArgumentException("maxStandardError must be non-negative");
            if (maxLength < 1) throw new IllegalArgumentException("maxLength must be at least 1");
        }

        public boolean shouldStop(AbilityEstimator.Estimate estimate, int answered) {
            return AdaptiveSelector.shouldStop(estimate, answered, maxStandardError, maxLength);
        }
    }
}
