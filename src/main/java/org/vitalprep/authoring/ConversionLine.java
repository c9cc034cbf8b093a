package org.vitalprep.authoring;

import java.util.List;

/**
 * One line of an import or export report: an item imported, exported, skipped or rejected, where it was in the
 * file, and why (or what was changed on the way).
 */
public record ConversionLine(int number, String where, String questionId, String status, String reason,
                             List<String> notes) {

    public ConversionLine {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
