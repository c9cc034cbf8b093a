package org.vitalprep.exam;

import java.time.Instant;
import java.util.List;

/**
 * An attempt as its owner sees it at one moment: the items (with feedback where final), the segments and their
 * deadlines (computed on the server), and the result once submitted.
 */
public record AttemptSnapshot(String id, Kind kind, String title, boolean immediateFeedback, Instant startedAt,
                              Instant submittedAt, String submitReason, int currentSegment, List<SegmentInfo> segments,
                              int position, List<ItemView> items, long revision, Result result, List<String> notes) {

    public enum Kind { TUTOR, CUSTOM, EXAM, ADAPTIVE, ASSIGNED }

    public AttemptSnapshot {
        segments = List.copyOf(segments);
        items = List.copyOf(items);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** This snapshot with one item replaced (after an answer was saved). */
    public AttemptSnapshot withItem(ItemView item) {
        List<ItemView> copy = new java.util.ArrayList<>(items);
        copy.set(item.index(), item);
        return new AttemptSnapshot(id, kind, title, immediateFeedback, startedAt, submittedAt, submitReason,
                currentSegment, segments, item.index(), copy, revision + 1, result, notes);
    }

    public boolean finished() {
        return submittedAt != null;
    }

    public SegmentInfo segment() {
        return segments.get(Math.min(currentSegment, segments.size() - 1));
    }

    /** The current segment's deadline, or null when untimed. */
    public Instant deadline() {
        return finished() ? null : segment().deadline();
    }

    public long answered() {
        return items.stream().filter(ItemView::answered).count();
    }

    public long flagged() {
        return items.stream().filter(ItemView::flagged).count();
    }

    /** @param from first item index (inclusive); @param to last (exclusive) */
    public record SegmentInfo(String name, int from, int to, int minutes, Instant startedAt, Instant deadline,
                              Instant closedAt) {
        public boolean contains(int index) {
            return index >= from && index < to;
        }
    }
}
