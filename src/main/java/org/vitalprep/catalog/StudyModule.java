package org.vitalprep.catalog;

import java.util.List;

/** A study module and its lessons in order. */
public record StudyModule(String id, String title, String description, List<LessonSummary> lessons) {
    public StudyModule {
        lessons = List.copyOf(lessons);
    }
}
