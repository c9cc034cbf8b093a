package org.vitalprep.classroom.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.identity.ClassEnrolment;

/** Joins a class at registration, for the identity module. */
@Component
class ClassroomEnrolment implements ClassEnrolment {

    private final ClassroomRules classes;

    ClassroomEnrolment(ClassroomRules classes) {
        this.classes = classes;
    }

    @Override
    public void check(String joinCode) {
        classes.joinable(joinCode);
    }

    @Override
    public void enrol(String email, String joinCode) {
        classes.joinAs("user:" + email, email, joinCode);
    }
}
