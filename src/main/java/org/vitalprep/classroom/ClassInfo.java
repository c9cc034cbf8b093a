package org.vitalprep.classroom;

import java.time.Instant;
import java.util.List;

/** A class as its instructors see it (learners see its name and assignments only). */
public record ClassInfo(String id, String name, String term, String joinCode, boolean joinOpen,
                        List<String> instructorIds, List<Member> members) {

    public ClassInfo {
        instructorIds = List.copyOf(instructorIds);
        members = List.copyOf(members);
    }

    public record Member(String learnerId, String name, Instant joinedAt) {}
}
