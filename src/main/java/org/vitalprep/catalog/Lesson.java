package org.vitalprep.catalog;

import java.util.List;

/**
 * A lesson ready to show: {@code html} is sanitized.
 *
 * @param objectives the items of its "Learning objectives" section
 */
public record Lesson(String moduleId, String slug, String title, String summary, List<String> objectives,
                     String html) {
    public Lesson {
        objectives = List.copyOf(objectives);
    }
}
