package org.vitalprep.bank;

import java.util.List;

/** What the import did with one bank file. */
public record BankImportReport(String source, String bankId, Status status, int added, int changed, int unchanged,
                               int removed, List<BankError> errors) {

    public enum Status { IMPORTED, UNCHANGED, REJECTED }

    public BankImportReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static BankImportReport rejected(String source, String bankId, List<BankError> errors) {
        return new BankImportReport(source, bankId, Status.REJECTED, 0, 0, 0, 0, errors);
    }

    public String summary() {
        return switch (status) {
            case REJECTED -> source + ": rejected (" + errors.size() + " error" + (errors.size() == 1 ? "" : "s")
                    + "), nothing stored was changed";
            case UNCHANGED -> source + ": unchanged (" + unchanged + " questions)";
            case IMPORTED -> source + ": imported (" + added + " new, " + changed + " changed, " + unchanged
                    + " unchanged, " + removed + " removed)";
        };
    }
}
