package org.vitalprep.classroom.internal;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.identity.ClassEnrolment;

/** Joins a class at registration, for the identity module. */
@Component
class ClassroomEnrolment implements ClassEnrolment {

    private final ClassroomService classes;

    ClassroomEnrolment(@Lazy ClassroomService classes) {
        this.classes = classes;
    }

    @Override
    public void check(String joinCode) {
        classes.checkJoinCode(joinCode);
    }

    @Override
    public void enrol(String email, String joinCode) {
        classes.joinAtRegistration(email, joinCode);
    }
}
