package org.vitalprep.bank;

/**
 * One problem found in a bank file: where (file, question id when known, JSON path) and what.
 *
 * @param questionId the id of the question the problem is in, or null for bank-level problems
 * @param path       a JSON Pointer-like path such as {@code /questions/12/options/3/rationale}
 */
public record BankError(String file, String questionId, String path, String message) {

    @Override
    public String toString() {
        return file + (questionId != null ? " [question " + questionId + "]" : "")
                + (path != null && !path.isEmpty() ? " at " + path : "") + ": " + message;
    }
}
