package org.vitalprep.progress.internal.irt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sparse examinee-by-item 0/1 responses. Each stored row is one response pattern with a count (1 for a single
 * examinee, more for a collapsed pattern); it holds only the items that were presented, sorted by item index.
 * Items that were not presented are simply absent (they are skipped in the likelihood). Immutable.
 *
 * <p>Build it with {@link #builder}, {@link #ofRows} (dense rows of 1, 0 or {@link #MISSING}) or
 * {@link #ofPatternCounts} (strings such as {@code "01.1"} with counts).
 */
public final class ResponseMatrix {

    /** Marks an item that was not presented, in dense rows. */
    public static final int MISSING = -1;

    private final List<String> itemNames;
    private final int[] rowStart;   // rows + 1 offsets into items/correct
    private final int[] items;      // item index of each response
    private final boolean[] correct;
    private final int[] counts;     // examinees with this row

    private ResponseMatrix(List<String> itemNames, int[] rowStart, int[] items, boolean[] correct, int[] counts) {
        this.itemNames = itemNames;
        this.rowStart = rowStart;
        this.items = items;
        this.correct = correct;
        this.counts = counts;
    }

    public static Builder builder(List<String> itemNames) {
        return new Builder(itemNames);
    }

    /** Dense rows, one per examinee, each with one entry per item: 1, 0 or {@link #MISSING}. */
    public static ResponseMatrix ofRows(List<String> itemNames, List<int[]> rows) {
        Builder b = builder(itemNames);
        for (int[] row : rows) b.addRow(row);
        return b.build();
    }

    /**
     * Response patterns with their counts, e.g. {@code "01011" -> 7}: one character per item, {@code '1'} correct,
     * {@code '0'} wrong, {@code '.'} not presented.
     */
    public static ResponseMatrix ofPatternCounts(List<String> itemNames, Map<String, Integer> patternCounts) {
        Builder b = builder(itemNames);
        int[] row = new int[itemNames.size()];
        patternCounts.forEach((pattern, count) -> {
            if (pattern.length() != row.length) {
                throw new IllegalArgumentException("pattern \"" + pattern + "\" has " + pattern.length() + " characters, expected " + row.length);
            }
            for (int j = 0; j < row.length; j++) {
                row[j] = switch (pattern.charAt(j)) {
                    case '1' -> 1;
                    case '0' -> 0;
                    case '.' -> MISSING;
                    default -> throw new IllegalArgumentException("pattern \"" + pattern + "\": character " + (j + 1) + " must be 1, 0 or '.'");
                };
            }
            b.addRows(count, row);
        });
        return b.build();
    }

    public List<String> itemNames() {
        return itemNames;
    }

    public int itemCount() {
        return itemNames.size();
    }

    /** Stored rows (distinct patterns after {@link #collapsed()}, otherwise one per added row). */
    public int rowCount() {
        return counts.length;
    }

    /** Examinees: the sum of the row counts. */
    public long examineeCount() {
        long n = 0;
        for (int c : counts) n += c;
        return n;
    }

    /** Responses given, counting every examinee of a collapsed row. */
    public long responseCount() {
        long n = 0;
        for (int r = 0; r < counts.length; r++) n += (long) counts[r] * (rowStart[r + 1] - rowStart[r]);
        return n;
    }

    /** Examinees to whom item {@code item} was presented. */
    public long presentedCount(int item) {
        return tally(item, false);
    }

    /** Examinees who answered item {@code item} correctly. */
    public long correctCount(int item) {
        return tally(item, true);
    }

    private long tally(int item, boolean onlyCorrect) {
        Objects.checkIndex(item, itemNames.size());
        long n = 0;
        for (int r = 0; r < counts.length; r++) {
            for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
                if (items[k] == item && (!onlyCorrect || correct[k])) n += counts[r];
            }
        }
        return n;
    }

    /**
     * Response of the examinees in row {@code row} to item {@code item}: 1, 0 or {@link #MISSING}.
     */
    public int response(int row, int item) {
        Objects.checkIndex(row, counts.length);
        Objects.checkIndex(item, itemNames.size());
        int k = Arrays.binarySearch(items, rowStart[row], rowStart[row + 1], item);
        return k < 0 ? MISSING : correct[k] ? 1 : 0;
    }

    /** Examinees in row {@code row}. */
    public int count(int row) {
        return counts[Objects.checkIndex(row, counts.length)];
    }

    /** The same data with identical rows merged into one row with the summed count (first-seen order kept). */
    public ResponseMatrix collapsed() {
        Map<PatternKey, Integer> index = new HashMap<>();
        List<Integer> firstRows = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        for (int r = 0; r < counts.length; r++) {
            PatternKey key = new PatternKey(this, r);
            Integer at = index.putIfAbsent(key, firstRows.size());
            if (at == null) {
                firstRows.add(r);
                sums.add(counts[r]);
            } else {
                sums.set(at, Math.addExact(sums.get(at), counts[r]));
            }
        }
        if (firstRows.size() == counts.length) return this;
        int rows = firstRows.size();
        int[] start = new int[rows + 1];
        for (int i = 0; i < rows; i++) {
            int r = firstRows.get(i);
            start[i + 1] = start[i] + rowStart[r + 1] - rowStart[r];
        }
        int[] it = new int[start[rows]];
        boolean[] co = new boolean[start[rows]];
        int[] cn = new int[rows];
        for (int i = 0; i < rows; i++) {
            int r = firstRows.get(i);
            int len = rowStart[r + 1] - rowStart[r];
            System.arraycopy(items, rowStart[r], it, start[i], len);
            System.arraycopy(correct, rowStart[r], co, start[i], len);
            cn[i] = sums.get(i);
        }
        return new ResponseMatrix(itemNames, start, it, co, cn);
    }

    // package-private views of the internal arrays for the calibration (not copied; never modify them)
    int[] rowStartArray() { return rowStart; }
    int[] itemArray() { return items; }
    boolean[] correctArray() { return correct; }
    int[] countArray() { return counts; }

    private record PatternKey(ResponseMatrix m, int row) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof PatternKey(ResponseMatrix om, int orow))) return false;
            int s = m.rowStart[row], e = m.rowStart[row + 1], os = om.rowStart[orow], oe = om.rowStart[orow + 1];
            return Arrays.equals(m.items, s, e, om.items, os, oe) && Arrays.equals(m.correct, s, e, om.correct, os, oe);
        }

        @Override
        public int hashCode() {
            int h = 1;
            for (int k = m.rowStart[row]; k < m.rowStart[row + 1]; k++) h = 31 * h + (m.items[k] << 1 | (m.correct[k] ? 1 : 0));
            return h;
        }
    }

    /** Accumulates rows; not thread-safe. */
    public static final class Builder {
        private final List<String> itemNames;
        private int[] rowStart = new int[17];
        private int[] items = new int[64];
        private boolean[] correct = new boolean[64];
        private int[] counts = new int[16];
        private int rows;
        private int size;

        private Builder(List<String> itemNames) {
            List<String> names = List.copyOf(itemNames);
            if (names.isEmpty()) throw new IllegalArgumentException("no items");
            if (new HashSet<>(names).size() != names.size()) throw new IllegalArgumentException("duplicate item names");
            this.itemNames = names;
        }

        /** One examinee's dense row: one entry per item, 1, 0 or {@link #MISSING}. */
        public Builder addRow(int... responses) {
            return addRows(1, responses);
        }

        /** {@code count} examinees with the same dense row. */
        public Builder addRows(int count, int... responses) {
            if (responses.length != itemNames.size()) {
                throw new IllegalArgumentException("row has " + responses.length + " entries, expected " + itemNames.size());
            }
            checkCount(count);
            int n = 0;
            for (int v : responses) {
                if (v != MISSING && v != 0 && v != 1) throw new IllegalArgumentException("response must be 1, 0 or MISSING, was " + v);
                if (v != MISSING) n++;
            }
            ensure(n);
            for (int j = 0; j < responses.length; j++) {
                if (responses[j] != MISSING) {
                    items[size] = j;
                    correct[size++] = responses[j] == 1;
                }
            }
            return endRow(count);
        }

        /** One examinee who answered the items {@code itemIndexes} (any order, no repeats) with {@code correctness}. */
        public Builder addSparseRow(int[] itemIndexes, boolean[] correctness) {
            return addSparseRows(1, itemIndexes, correctness);
        }

        /** {@code count} examinees with the same sparse row. */
        public Builder addSparseRows(int count, int[] itemIndexes, boolean[] correctness) {
            if (itemIndexes.length != correctness.length) throw new IllegalArgumentException("item and correctness arrays differ in length");
            checkCount(count);
            ensure(itemIndexes.length);
            long[] keyed = new long[itemIndexes.length];   // item in the high bits, correctness in bit 0
            for (int k = 0; k < itemIndexes.length; k++) {
                keyed[k] = (long) Objects.checkIndex(itemIndexes[k], itemNames.size()) << 1 | (correctness[k] ? 1 : 0);
            }
            Arrays.sort(keyed);                                  // rows are stored sorted by item
            for (int k = 0; k < keyed.length; k++) {
                int j = (int) (keyed[k] >>> 1);
                if (k > 0 && j == items[size - 1]) throw new IllegalArgumentException("item " + itemNames.get(j) + " appears twice in one row");
                items[size] = j;
                correct[size++] = (keyed[k] & 1) != 0;
            }
            return endRow(count);
        }

        private static void checkCount(int count) {
            if (count < 1) throw new IllegalArgumentException("count must be at least 1, was " + count);
        }

        private void ensure(int more) {
            if (size + more > items.length) {
                int cap = Math.max(items.length * 2, size + more);
                items = Arrays.copyOf(items, cap);
                correct = Arrays.copyOf(correct, cap);
            }
        }

        private Builder endRow(int count) {
            if (rows + 1 >= rowStart.length) rowStart = Arrays.copyOf(rowStart, rowStart.length * 2);
            if (rows >= counts.length) counts = Arrays.copyOf(counts, counts.length * 2);
            counts[rows++] = count;
            rowStart[rows] = size;
            return this;
        }

        public ResponseMatrix build() {
            return new ResponseMatrix(itemNames, Arrays.copyOf(rowStart, rows + 1), Arrays.copyOf(items, size),
                    Arrays.copyOf(correct, size), Arrays.copyOf(counts, rows));
        }
    }
}
