package org.vitalprep.exam;

/**
 * What happened to an answer: saved, refused because the item changed in another tab (reload and look), or refused
 * because the question is locked (final, segment closed, time up or submitted).
 *
 * @param item    the answered item as it now stands (with feedback where it became final); set when saved
 * @param attempt the whole attempt as stored now; set when the answer was refused, so the view can catch up
 */
public record AnswerOutcome(Status status, String message, ItemView item, AttemptSnapshot attempt) {

    public enum Status { SAVED, CONFLICT, LOCKED }

    public boolean saved() {
        return status == Status.SAVED;
    }

    /** The learner's view after this outcome, given the snapshot they answered from. */
    public AttemptSnapshot applyTo(AttemptSnapshot before) {
        return attempt != null ? attempt : before.withItem(item);
    }
}
