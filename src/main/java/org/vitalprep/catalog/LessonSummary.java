package org.vitalprep.catalog;

/** A lesson as listed in its module. */
public record LessonSummary(String moduleId, String slug, String title, String summary) {}
