package org.vitalprep.authoring;

import org.vitalprep.bank.BankError;

import java.util.List;

/** A question the validator rejects; carries every error with its path and reason. */
public class InvalidQuestionException extends IllegalArgumentException {

    private final transient List<BankError> errors;

    public InvalidQuestionException(List<BankError> errors) {
        super(errors.size() + " problem(s): " + String.join("; ", errors.stream()
                .map(e -> (e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ") + e.message()).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<BankError> errors() {
        return errors;
    }
}
