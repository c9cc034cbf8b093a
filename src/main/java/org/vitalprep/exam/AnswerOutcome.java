package org.vitalprep.exam;

/**
 * What happened to an answer: saved, refused because the item changed in another tab (reload and look), or refused
 * because the question is locked (final, segment closed, time up or submitted).
 */
public record AnswerOutcome(Status status, String message, AttemptSnapshot attempt) {

    public enum Status { SAVED, CONFLICT, LOCKED }

    public boolean saved() {
        return status == Status.SAVED;
    }
}
