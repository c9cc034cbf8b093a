package org.vitalprep.exam;

import java.time.Instant;
import java.util.List;

/** A practice attempt as its owner sees it: position, every item (with feedback where final) and the score. */
public record PracticeAttempt(String id, String module, Instant startedAt, Instant submittedAt, int position,
                              List<PracticeItem> items) {

    public PracticeAttempt {
        items = List.copyOf(items);
    }

    public boolean finished() {
        return submittedAt != null;
    }

    public int total() {
        return items.size();
    }

    public long answered() {
        return items.stream().filter(PracticeItem::answered).count();
    }

    public long correct() {
        return items.stream().filter(i -> i.feedback() != null && i.feedback().correct()).count();
    }

    /** Percent correct out of all items (unanswered items count as wrong). */
    public int percent() {
        return items.isEmpty() ? 0 : (int) Math.round(100.0 * correct() / items.size());
    }
}
