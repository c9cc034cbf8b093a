package org.vitalprep.catalog.internal;

import org.vitalprep.platform.Markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a lesson file: {@code # Title} on the first heading line, the first paragraph as the
 * summary, and the bullet items under {@code ## Learning objectives}. Pure logic.
 */
public final class LessonParser {

    private static final Pattern FILE_NAME = Pattern.compile("(\\d+)-([a-z0-9-]+)\\.md");

    public record Parsed(String slug, int order, String title, String summary, List<String> objectives,
                         String markdownBody) {}

    private LessonParser() {
    }

    /** @return empty when the file name is not {@code NN-slug.md} */
    public static Optional<Parsed> parse(String fileName, String markdown) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) return Optional.empty();
        String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        String title = null;
        int titleLine = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("# ")) {
                title = lines[i].substring(2).trim();
                titleLine = i;
                break;
            }
        }
        if (title == null) title = m.group(2).replace('-', ' ');
        StringBuilder summary = new StringBuilder();
        for (int i = titleLine + 1; i < lines.length; i++) {
            String l = lines[i].trim();
            if (l.isEmpty()) {
                if (!summary.isEmpty()) break;
                continue;
            }
            if (l.startsWith("#") || l.startsWith("|") || l.startsWith("- ") || l.startsWith("* ")) break;
            summary.append(summary.isEmpty() ? "" : " ").append(l);
        }
        List<String> objectives = new ArrayList<>();
        boolean inObjectives = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                inObjectives = line.substring(3).trim().toLowerCase().startsWith("learning objectives");
                continue;
            }
            if (inObjectives) {
                String l = line.trim();
                if (l.startsWith("- ") || l.startsWith("* ")) objectives.add(Markdown.toPlainText(l.substring(2).trim()));
                else if (l.matches("\\d+[.)] .*")) objectives.add(Markdown.toPlainText(l.replaceFirst("\\d+[.)] ", "")));
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i != titleLine) body.append(lines[i]).append('\n');
        }
        return Optional.of(new Parsed(m.group(2), Integer.parseInt(m.group(1)), Markdown.toPlainText(title),
                Markdown.toPlainText(summary.toString()), objectives, body.toString()));
    }
}
