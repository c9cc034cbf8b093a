package org.vitalprep.authoring.internal.formats;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What happened to each item of a converted file, one entry per item, in file order. Entries with number 0 are
 * about the file itself (a syntax error, which rejects the whole file, or an ignored column).
 */
public record ConversionReport(List<Entry> entries) {

    public ConversionReport {
        entries = List.copyOf(entries);
    }

    /**
     * IMPORTED: read into a question (a draft unless a native file says otherwise); EXPORTED: written to the
     * output; SKIPPED: a kind of item the target cannot express, left out on purpose; REJECTED: broken or
     * invalid, left out.
     */
    public enum Status { IMPORTED, EXPORTED, SKIPPED, REJECTED }

    /**
     * @param number     1-based position of the item in the file (0 for the file itself)
     * @param where      "line 14", "question 3 'Tube order'", ...
     * @param questionId the id the question got (or would have got), null if none
     * @param reason     why it was skipped or rejected (validator errors as "path: message"); null otherwise
     * @param notes      what was changed or lost on the way, for the reviewer
     */
    public record Entry(int number, String where, String questionId, Status status, String reason,
                        List<String> notes) {
        public Entry {
            notes = notes == null ? List.of() : List.copyOf(notes);
        }

        /** One line: "[3] IMPORTED line 14 as tube-order (note; note)" or "[4] SKIPPED line 20: reason". */
        public String toText() {
            StringBuilder sb = new StringBuilder();
            sb.append(number == 0 ? "[file]" : "[" + number + "]").append(' ').append(status);
            if (where != null && !where.isBlank()) sb.append(' ').append(where);
            if (questionId != null) sb.append(status == Status.IMPORTED ? " as " : " id ").append(questionId);
            if (reason != null) sb.append(": ").append(reason.replace('\n', ' '));
            if (!notes.isEmpty()) sb.append(" (").append(String.join("; ", notes).replace('\n', ' ')).append(')');
            return sb.toString();
        }
    }

    public List<Entry> imported() {
        return with(Status.IMPORTED);
    }

    public List<Entry> exported() {
        return with(Status.EXPORTED);
    }

    public List<Entry> skipped() {
        return with(Status.SKIPPED);
    }

    public List<Entry> rejected() {
        return with(Status.REJECTED);
    }

    public boolean anyRejected() {
        return entries.stream().anyMatch(e -> e.status() == Status.REJECTED);
    }

    /** Only the entries a reader should look at: skipped, rejected, or with notes. */
    public ConversionReport noteworthy() {
        return new ConversionReport(entries.stream()
                .filter(e -> e.status() == Status.SKIPPED || e.status() == Status.REJECTED || !e.notes().isEmpty())
                .toList());
    }

    /** "12 imported, 2 skipped, 1 rejected" (statuses that occur, in enum order). */
    public String summary() {
        Map<Status, Long> counts = new TreeMap<>(entries.stream()
                .collect(Collectors.groupingBy(Entry::status, Collectors.counting())));
        if (counts.isEmpty()) return "no items";
        return counts.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    /** One line per entry. */
    public String toText() {
        return entries.stream().map(Entry::toText).collect(Collectors.joining("\n", "", entries.isEmpty() ? "" : "\n"));
    }

    private List<Entry> with(Status s) {
        return entries.stream().filter(e -> e.status() == s).toList();
    }
}
