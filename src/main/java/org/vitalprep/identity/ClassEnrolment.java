package org.vitalprep.identity;

/**
 * Implemented by the classroom module so a learner can join a class with its code when registering: the code is
 * checked before the account is created, and the new account joins right after.
 */
public interface ClassEnrolment {

    /** Throws IllegalArgumentException (with the reason) unless the code belongs to a class open for joining. */
    void check(String joinCode);

    void enrol(String email, String joinCode);
}
