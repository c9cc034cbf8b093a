package org.vitalprep.identity;


/**
 * A module that keeps personal data about learners implements this, so that a learner can download all of it and
 * delete it with their account (the identity module cannot depend on the modules that store it).
 */
public interface PersonalData {

    /** A short name for this part of the export, e.g. "attempts". */
    String section();

    /** Everything kept about the learner, as plain data (maps, lists, strings, numbers). */
    Object export(String learnerId);

    /** Deletes everything kept about the learner. */
    void delete(String learnerId);

    /**
     * Moves what is kept under one learner id to a new, empty one (practice done in a browser before its owner
     * registered). Safe to run again: what was moved already is not moved twice.
     */
    default void transfer(String fromLearnerId, String toLearnerId) {
    }

}
