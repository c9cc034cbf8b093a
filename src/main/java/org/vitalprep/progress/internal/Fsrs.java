package org.vitalprep.progress.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The FSRS-6 spaced-repetition scheduler (21 weights, forgetting curve with decay {@code -w[20]}), in plain Java.
 * It follows the {@code Scheduler} of open-spaced-repetition/py-fsrs (fsrs/scheduler.py, 6.3.2): the same
 * Learning/Review/Relearning state machine, learning and relearning steps, same-day short-term stability, whole-day
 * intervals rounded half-to-even and clamped to [1, maximum interval], and optional interval fuzz. Unlike py-fsrs,
 * fuzz is off in {@link Parameters#defaults()}; when on it draws from the {@link RandomGenerator} given to the
 * constructor, so a seeded generator gives repeatable schedules. Instances are immutable and thread-safe as long as
 * the generator is.
 */
public final class Fsrs {

    /** The learner's answer to a review; {@link #value()} is FSRS's 1..4 grade. */
    public enum Rating {
        AGAIN, HARD, GOOD, EASY;

        /** 1 for AGAIN up to 4 for EASY, as in the FSRS formulas. */
        public int value() {
            return ordinal() + 1;
        }
    }

    /** Where a card is in its life: in its first learning steps, in long-term review, or relearning after a lapse. */
    public enum State { LEARNING, REVIEW, RELEARNING }

    /**
     * A card's scheduling state. {@code step} is the current (re)learning step and null in REVIEW (a LEARNING card
     * given no step starts at 0, as in py-fsrs); stability (days) and difficulty (1..10) are null until the first
     * review; {@code lastReview} is null until then too.
     */
    public record Card(State state, Integer step, Double stability, Double difficulty, Instant due,
                       Instant lastReview) {

        public Card {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(due, "due");
            if (state == State.LEARNING && step == null) {
                step = 0;
            }
        }

        /** A card never reviewed: LEARNING at step 0, due at {@code now}. */
        public static Card newCard(Instant now) {
            return new Card(State.LEARNING, 0, null, null, now, null);
        }
    }

    /**
     * Scheduler settings. {@code w} holds the 21 FSRS-6 weights, each within py-fsrs's bounds; the steps are
     * ordered; {@code maximumInterval} is in days.
     */
    public record Parameters(double[] w, double desiredRetention, List<Duration> learningSteps,
                             List<Duration> relearningSteps, int maximumInterval, boolean fuzz) {

        public Parameters {
            Objects.requireNonNull(w, "w");
            w = w.clone();
            validateWeights(w);
            learningSteps = List.copyOf(learningSteps);
            relearningSteps = List.copyOf(relearningSteps);
        }

        /**
         * FSRS-6 default weights, desired retention 0.9, learning steps 1 min and 10 min, relearning step 10 min,
         * maximum interval 36500 days, fuzz off.
         */
        public static Parameters defaults() {
            return new Parameters(DEFAULT_WEIGHTS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                    List.of(Duration.ofMinutes(10)), 36500, false);
        }

        /** A copy of the weights. */
        @Override
        public double[] w() {
            return w.clone();
        }

        public Parameters withDesiredRetention(double retention) {
            return new Parameters(w, retention, learningSteps, relearningSteps, maximumInterval, fuzz);
        }

        public Parameters withLearningSteps(List<Duration> steps) {
            return new Parameters(w, desiredRetention, steps, relearningSteps, maximumInterval, fuzz);
        }

        public Parameters withRelearningSteps(List<Duration> steps) {
            return new Parameters(w, desiredRetention, learningSteps, steps, maximumInterval, fuzz);
        }

        public Parameters withMaximumInterval(int days) {
            return new Parameters(w, desiredRetention, learningSteps, relearningSteps, days, fuzz);
        }

        public Parameters withFuzz(boolean on) {
            return new Parameters(w, desiredRetention, learningSteps, relearningSteps, maximumInterval, on);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parameters p && Arrays.equals(w, p.w)
                    && Double.compare(desiredRetention, p.desiredRetention) == 0
                    && learningSteps.equals(p.learningSteps) && relearningSteps.equals(p.relearningSteps)
                    && maximumInterval == p.maximumInterval && fuzz == p.fuzz;
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(w), desiredRetention, learningSteps, relearningSteps,
                    maximumInterval, fuzz);
        }

        @Override
        public String toString() {
            return "Parameters[w=" + Arrays.toString(w) + ", desiredRetention=" + desiredRetention
                    + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps
                    + ", maximumInterval=" + maximumInterval + ", fuzz=" + fuzz + "]";
        }
    }

    /** FSRS-6 default weights w0..w20 (w20 is the forgetting-curve decay). */
    private static final double[] DEFAULT_WEIGHTS = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    static final double STABILITY_MIN = 0.001;
    private static final double INITIAL_STABILITY_MAX = 100.0;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    private static final double[] LOWER_BOUNDS = {
            STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, STABILITY_MIN, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
            0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] UPPER_BOUNDS = {
            INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, INITIAL_STABILITY_MAX, 10.0, 4.0,
            4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    /** Fuzz bands: from {@code start} to {@code end} days each day adds {@code factor} days of spread. */
    private record FuzzBand(double start, double end, double factor) {
    }

    private static final List<FuzzBand> FUZZ_BANDS = List.of(
            new FuzzBand(2.5, 7.0, 0.15),
            new FuzzBand(7.0, 20.0, 0.1),
            new FuzzBand(20.0, Double.POSITIVE_INFINITY, 0.05));

    private static final long SECONDS_PER_DAY = 86_400;

    private final Parameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;
    private final RandomGenerator random;

    /** The default scheduler: {@link Parameters#defaults()}, no fuzz. */
    public Fsrs() {
        this(Parameters.defaults());
    }

    /** A scheduler whose fuzz, if enabled, draws from an unseeded {@link Random}. */
    public Fsrs(Parameters parameters) {
        this(parameters, new Random());
    }

    /** A scheduler whose fuzz, if enabled, draws from {@code random} ({@link RandomGenerator#nextDouble()}). */
    public Fsrs(Parameters parameters, RandomGenerator random) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.random = Objects.requireNonNull(random, "random");
        this.w = parameters.w();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public Parameters parameters() {
        return parameters;
    }

    /**
     * The probability of recalling the card at {@code at}: 0 for a card never reviewed, otherwise the FSRS-6 power
     * forgetting curve over the whole days elapsed since the last review (negative spans count as 0).
     */
    public double retrievability(Card card, Instant at) {
        if (card.lastReview() == null || card.stability() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDays(card.lastReview(), at));
        return Math.pow(1 + factor * elapsedDays / card.stability(), decay);
    }

    /** The card after being rated {@code rating} at {@code at}: new memory state, state, step and due time. */
    public Card review(Card card, Rating rating, Instant at) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(at, "at");

        Long daysSinceLastReview = card.lastReview() == null ? null : wholeDays(card.lastReview(), at);
        boolean sameDay = daysSinceLastReview != null && daysSinceLastReview < 1;

        State state = card.state();
        Integer step = card.step();
        double stability;
        double difficulty;
        Duration interval;

        switch (card.state()) {
            case LEARNING, RELEARNING -> {
                boolean learning = card.state() == State.LEARNING;
                if (step == null) {
                    throw new IllegalArgumentException("a " + card.state() + " card needs a step");
                }
                if (learning && (card.stability() == null || card.difficulty() == null)) {
                    stability = initialStability(rating);
                    difficulty = clampDifficulty(initialDifficulty(rating));
                } else {
                    requireMemoryState(card);
                    stability = sameDay
                            ? shortTermStability(card.stability(), rating)
                            : nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
                    difficulty = nextDifficulty(card.difficulty(), rating);
                }

                List<Duration> steps = learning ? parameters.learningSteps() : parameters.relearningSteps();
                // Also covers a card stepped by a scheduler that had more steps than this one.
                boolean graduates = steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)
                        || rating == Rating.EASY || (rating == Rating.GOOD && step + 1 == steps.size());
                if (graduates) {
                    state = State.REVIEW;
                    step = null;
                    interval = Duration.ofDays(nextIntervalDays(stability));
                } else {
                    switch (rating) {
                        case AGAIN -> {
                            step = 0;
                            interval = steps.getFirst();
                        }
                        case HARD -> interval = hardStepInterval(steps, step);
                        case GOOD -> {
                            step = step + 1;
                            interval = steps.get(step);
                        }
                        default -> throw new IllegalStateException("unreachable: " + rating);
                    }
                }
            }
            case REVIEW -> {
                requireMemoryState(card);
                stability = sameDay
                        ? shortTermStability(card.stability(), rating)
                        : nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
                difficulty = nextDifficulty(card.difficulty(), rating);

                if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
                    state = State.RELEARNING;
                    step = 0;
                    interval = parameters.relearningSteps().getFirst();
                } else {
                    interval = Duration.ofDays(nextIntervalDays(stability));
                }
            }
            default -> throw new IllegalStateException("unreachable: " + card.state());
        }

        if (parameters.fuzz() && state == State.REVIEW) {
            interval = fuzzed(interval);
        }
        return new Card(state, step, stability, difficulty, at.plus(interval), at);
    }

    /** HARD keeps the step: between the first two steps at step 0 (1.5x the only step), else the current step. */
    private static Duration hardStepInterval(List<Duration> steps, int step) {
        if (step == 0 && steps.size() == 1) {
            return steps.getFirst().multipliedBy(3).dividedBy(2);
        }
        if (step == 0) {
            return steps.get(0).plus(steps.get(1)).dividedBy(2);
        }
        return steps.get(step);
    }

    private static void requireMemoryState(Card card) {
        if (card.stability() == null || card.difficulty() == null) {
            throw new IllegalArgumentException("a " + card.state() + " card needs stability and difficulty");
        }
    }

    /** Whole days from {@code from} to {@code to}, rounded down (so a span just under a day is 0). */
    private static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), SECONDS_PER_DAY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    private static double clampStability(double stability) {
        return Math.max(stability, STABILITY_MIN);
    }

    private double initialStability(Rating rating) {
        return clampStability(w[rating.value() - 1]);
    }

    /** Unclamped; callers clamp where FSRS does. */
    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
    }

    /** Days until recall probability falls to the desired retention, rounded half-to-even, within [1, max]. */
    private long nextIntervalDays(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        long rounded = (long) Math.rint(days);
        return Math.min(Math.max(rounded, 1), parameters.maximumInterval());
    }

    /**
     * Stability after a review on the same day as the previous one; a pass (HARD, GOOD or EASY) never lowers it.
     * HARD joined that floor in py-fsrs 6.3.2; up to 6.3.1 a same-day HARD could shrink stability.
     */
    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1.0);
        }
        return clampStability(stability * increase);
    }

    /** Linear damping of the change toward 10, then mean reversion toward the (unclamped) EASY initial value. */
    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -(w[6] * (rating.value() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double target = initialDifficulty(Rating.EASY);
        return clampDifficulty(w[7] * target + (1 - w[7]) * damped);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return clampStability(next);
    }

    /** Post-lapse stability, never above the short-term bound {@code S / e^(w17 * w18)}. */
    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTerm = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
    }

    /** Spreads intervals of 3 days or more uniformly over a band that widens with the interval. */
    private Duration fuzzed(Duration interval) {
        long days = interval.toDays();
        if (days < 2.5) {
            return interval;
        }
        double delta = 1.0;
        for (FuzzBand band : FUZZ_BANDS) {
            delta += band.factor() * Math.max(Math.min(days, band.end()) - band.start(), 0.0);
        }
        long min = (long) Math.rint(days - delta);
        long max = (long) Math.rint(days + delta);
        min = Math.max(2, min);
        max = Math.min(max, parameters.maximumInterval());
        min = Math.min(min, max);

        double drawn = random.nextDouble() * (max - min + 1) + min;
        long fuzzedDays = Math.min((long) Math.rint(drawn), parameters.maximumInterval());
        return Duration.ofDays(fuzzedDays);
    }

    private static void validateWeights(double[] w) {
        if (w.length != LOWER_BOUNDS.length) {
            throw new IllegalArgumentException(
                    "Expected " + LOWER_BOUNDS.length + " parameters, got " + w.length + ".");
        }
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (!(LOWER_BOUNDS[i] <= w[i] && w[i] <= UPPER_BOUNDS[i])) {
                errors.add("w[" + i + "] = " + w[i] + " is out of bounds: (" + LOWER_BOUNDS[i] + ", "
                        + UPPER_BOUNDS[i] + ")");
            }
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(
                    "One or more parameters are out of bounds:\n" + String.join("\n", errors));
        }
    }
}
