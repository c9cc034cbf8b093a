package org.vitalprep.analytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scored responses of N attempts to K items, the input of {@link ItemAnalysis}. Two row-major arrays of N x K
 * cells (cell {@code a * K + j} is attempt {@code a}, item {@code j}):
 * <ul>
 *   <li>{@code scores}: the score in [0, 1] (1/0 for right/wrong, anything between for partial credit), or
 *       {@code NaN} when the item was <em>not presented</em> to the attempt (rule-based quizzes draw different
 *       items). A presented item the learner left unanswered is scored 0, not NaN.</li>
 *   <li>{@code choices}: the chosen options as a bit set, bit {@code i} for option {@code i} in display order, so
 *       one int holds a single choice or a "select all that apply" answer; 0 means nothing chosen (omitted). It
 *       is always 0 for items without options and for cells that were not presented.</li>
 * </ul>
 * Scores are stored as {@code float} (24 significant bits, plenty for scores in [0, 1]; a score of 1/3 is kept
 * as 0.33333334); every statistic is accumulated in {@code double}. 10,000 attempts x 150 items take 12 MB.
 *
 * <p>Whether the rows are each learner's first attempt or every attempt is the caller's decision; the table carries
 * it as a label ({@link #FIRST_ATTEMPTS}, {@link #ALL_ATTEMPTS} or any other text) that the analysis reports.
 *
 * <p>Build it with {@link #builder} (by item and option id) or {@link #of} (from the arrays). Immutable.
 */
public final class ResponseTable {

    /** Label for a table with each learner's first attempt only. */
    public static final String FIRST_ATTEMPTS = "first attempts only";
    /** Label for a table with every attempt. */
    public static final String ALL_ATTEMPTS = "all attempts";
    /** Options per item that the choice bit set can hold. */
    public static final int MAX_OPTIONS = 31;

    /**
     * An item: its id, its option ids in display order and its keyed option ids. Items without options (ordering,
     * matching, numeric) get no distractor analysis; they still take part in every score statistic.
     */
    public record Item(String id, List<String> optionIds, List<String> keyIds) {

        public Item {
            Objects.requireNonNull(id, "item id");
            if (id.isBlank()) throw new IllegalArgumentException("blank item id");
            optionIds = List.copyOf(optionIds);
            keyIds = List.copyOf(keyIds);
            if (optionIds.size() > MAX_OPTIONS) {
                throw new IllegalArgumentException("item " + id + " has " + optionIds.size() + " options, at most " + MAX_OPTIONS);
            }
            if (new HashSet<>(optionIds).size() != optionIds.size()) throw new IllegalArgumentException("item " + id + ": duplicate option ids");
            if (new HashSet<>(keyIds).size() != keyIds.size()) throw new IllegalArgumentException("item " + id + ": duplicate key ids");
            if (!optionIds.containsAll(keyIds)) throw new IllegalArgumentException("item " + id + ": key " + keyIds + " not among the options " + optionIds);
            if (!optionIds.isEmpty() && keyIds.isEmpty()) throw new IllegalArgumentException("item " + id + " has options but no key");
        }

        /** A choice item (one key for single answer, several for "select all that apply"). */
        public static Item choice(String id, List<String> optionIds, String... keyIds) {
            return new Item(id, optionIds, List.of(keyIds));
        }

        /** An item analysed by its score only (no options to count). */
        public static Item scoreOnly(String id) {
            return new Item(id, List.of(), List.of());
        }

        public boolean hasOptions() {
            return !optionIds.isEmpty();
        }

        /** The keyed options as a bit set, like a cell of {@code choices}. */
        public int keyMask() {
            int m = 0;
            for (String k : keyIds) m |= 1 << optionIds.indexOf(k);
            return m;
        }
    }

    private final List<Item> items;
    private final String attemptSelection;
    private final int attempts;
    private final float[] scores;
    private final int[] choices;

    private ResponseTable(List<Item> items, String attemptSelection, int attempts, float[] scores, int[] choices) {
        this.items = items;
        this.attemptSelection = attemptSelection;
        this.attempts = attempts;
        this.scores = scores;
        this.choices = choices;
    }

    /**
     * A table from row-major arrays (copied and checked): {@code scores.length == choices.length == attempts *
     * items.size()}; scores in [0, 1] or NaN; choice bits only for options the item has, and 0 where not presented.
     */
    public static ResponseTable of(List<Item> items, String attemptSelection, int attempts, float[] scores, int[] choices) {
        List<Item> list = checkItems(items);
        String label = checkLabel(attemptSelection);
        if (attempts < 0) throw new IllegalArgumentException("attempts must not be negative");
        long cells = (long) attempts * list.size();
        if (scores.length != cells || choices.length != cells) {
            throw new IllegalArgumentException("expected " + cells + " cells (" + attempts + " attempts x " + list.size()
                    + " items), got " + scores.length + " scores and " + choices.length + " choices");
        }
        int k = list.size();
        int[] allowed = new int[k];
        for (int j = 0; j < k; j++) allowed[j] = allOptions(list.get(j));
        for (int i = 0; i < scores.length; i++) {
            float s = scores[i];
            int j = i % k;
            if (s != s) {
                if (choices[i] != 0) throw new IllegalArgumentException(cell(list, k, i) + ": not presented but has chosen options");
                continue;
            }
            if (!(s >= 0f && s <= 1f)) throw new IllegalArgumentException(cell(list, k, i) + ": score " + s + " is outside [0, 1]");
            if ((choices[i] & ~allowed[j]) != 0) throw new IllegalArgumentException(cell(list, k, i) + ": chosen option bits " + Integer.toBinaryString(choices[i]) + " outside the item's options");
        }
        return new ResponseTable(list, label, attempts, scores.clone(), choices.clone());
    }

    public static Builder builder(List<Item> items, String attemptSelection) {
        return new Builder(checkItems(items), checkLabel(attemptSelection));
    }

    private static List<Item> checkItems(List<Item> items) {
        List<Item> list = List.copyOf(items);
        Set<String> ids = new HashSet<>();
        for (Item it : list) if (!ids.add(it.id())) throw new IllegalArgumentException("duplicate item id " + it.id());
        return list;
    }

    private static String checkLabel(String label) {
        if (label == null || label.isBlank()) throw new IllegalArgumentException("say which attempts the table holds (e.g. " + FIRST_ATTEMPTS + ")");
        return label;
    }

    private static int allOptions(Item item) {
        int n = item.optionIds().size();
        return n == 0 ? 0 : (int) ((1L << n) - 1);
    }

    private static String cell(List<Item> items, int k, int i) {
        return "attempt " + (i / k) + ", item " + items.get(i % k).id();
    }

    public List<Item> items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    public int attemptCount() {
        return attempts;
    }

    /** Which attempts the rows are, e.g. {@link #FIRST_ATTEMPTS}. */
    public String attemptSelection() {
        return attemptSelection;
    }

    public boolean presented(int attempt, int item) {
        return !Float.isNaN(scores[index(attempt, item)]);
    }

    /** The score, or NaN if the item was not presented. */
    public double score(int attempt, int item) {
        return scores[index(attempt, item)];
    }

    /** The chosen options as a bit set (bit i = option i in display order); 0 if none. */
    public int choiceMask(int attempt, int item) {
        return choices[index(attempt, item)];
    }

    /** The chosen option ids in display order (empty if none, or not presented). */
    public List<String> chosen(int attempt, int item) {
        int m = choiceMask(attempt, item);
        List<String> ids = new ArrayList<>(Integer.bitCount(m));
        List<String> options = items.get(item).optionIds();
        for (; m != 0; m &= m - 1) ids.add(options.get(Integer.numberOfTrailingZeros(m)));
        return List.copyOf(ids);
    }

    private int index(int attempt, int item) {
        Objects.checkIndex(attempt, attempts);
        Objects.checkIndex(item, items.size());
        return attempt * items.size() + item;
    }

    // the arrays themselves, for the analysis in this package (not copied; never modify them)
    float[] scoreArray() { return scores; }
    int[] choiceArray() { return choices; }

    /**
     * Adds attempts one at a time: {@link #attempt()} starts a row in which every item is "not presented" until
     * {@link #answer} records it. Not thread-safe.
     *
     * <pre>{@code
     * ResponseTable t = ResponseTable.builder(items, ResponseTable.FIRST_ATTEMPTS)
     *         .attempt().answer("q1", 1, "b").answer("q2", 0)          // q2 presented, omitted
     *         .attempt().answer("q1", 0, "c").answer("q3", 0.5)        // q2 not presented
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final List<Item> items;
        private final String label;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<Map<String, Integer>> optionIndex = new ArrayList<>();
        private float[] scores;
        private int[] choices;
        private int rows;

        private Builder(List<Item> items, String label) {
            this.items = items;
            this.label = label;
            for (int j = 0; j < items.size(); j++) {
                index.put(items.get(j).id(), j);
                Map<String, Integer> opts = new HashMap<>();
                List<String> ids = items.get(j).optionIds();
                for (int i = 0; i < ids.size(); i++) opts.put(ids.get(i), i);
                optionIndex.add(opts);
            }
            int cap = Math.max(16 * items.size(), 1);
            scores = new float[cap];
            choices = new int[cap];
        }

        /** Starts the next attempt, with every item not presented. */
        public Builder attempt() {
            int k = items.size();
            int need = (rows + 1) * k;
            if (need > scores.length) {
                int cap = Math.max(scores.length * 2, need);
                scores = Arrays.copyOf(scores, cap);
                choices = Arrays.copyOf(choices, cap);
            }
            Arrays.fill(scores, rows * k, need, Float.NaN);
            rows++;
            return this;
        }

        /** The current attempt was presented {@code itemId}, scored {@code score}, choosing these options (none = omitted). */
        public Builder answer(String itemId, double score, String... chosenOptionIds) {
            return answer(itemId, score, Arrays.asList(chosenOptionIds));
        }

        /** As {@link #answer(String, double, String...)}. */
        public Builder answer(String itemId, double score, Collection<String> chosenOptionIds) {
            if (rows == 0) throw new IllegalStateException("call attempt() before answer()");
            Integer j = index.get(itemId);
            if (j == null) throw new IllegalArgumentException("unknown item " + itemId);
            if (!(score >= 0 && score <= 1)) throw new IllegalArgumentException("item " + itemId + ": score " + score + " is outside [0, 1]");
            int cell = (rows - 1) * items.size() + j;
            if (!Float.isNaN(scores[cell])) throw new IllegalArgumentException("item " + itemId + " answered twice in one attempt");
            int mask = 0;
            for (String id : chosenOptionIds) {
                Integer o = optionIndex.get(j).get(id);
                if (o == null) throw new IllegalArgumentException("item " + itemId + " has no option " + id);
                if ((mask & 1 << o) != 0) throw new IllegalArgumentException("item " + itemId + ": option " + id + " chosen twice");
                mask |= 1 << o;
            }
            scores[cell] = (float) score;
            choices[cell] = mask;
            return this;
        }

        public ResponseTable build() {
            int cells = rows * items.size();
            return new ResponseTable(items, label, rows, Arrays.copyOf(scores, cells), Arrays.copyOf(choices, cells));
        }
    }
}
