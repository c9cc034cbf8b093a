package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Moodle and GIFT matching questions have no feedback per pair, so the writers put the rationale of each prompt
 * (and of each choice that has one, such as a distractor) into the general feedback as Markdown list lines
 * {@code - **<prompt or choice text>**: <rationale>}, after the overall rationale. The readers take such lines
 * back out onto the prompt or choice whose text they name, so a matching question survives the round trip, and
 * authors of Moodle questions can give per-pair rationales the same way.
 */
final class MatchingRationales {

    private MatchingRationales() {
    }

    /** The general feedback for a matching question: the overall rationale, then one line per rationale. */
    static String compose(Question q) {
        List<String> lines = new ArrayList<>();
        for (Question.Prompt p : q.prompts()) {
            if (p.rationale() != null) lines.add(line(p.text(), p.rationale()));
        }
        for (Question.Choice c : q.choices()) {
            if (c.rationale() != null) lines.add(line(c.text(), c.rationale()));
        }
        String overall = q.rationale() == null ? "" : q.rationale().strip();
        String list = String.join("\n", lines);
        if (overall.isEmpty()) return list;
        return list.isEmpty() ? overall : overall + "\n\n" + list;
    }

    private static String line(String text, String rationale) {
        return "- **" + text.replace('\n', ' ') + "**: " + rationale.replace("\n", " ").strip();
    }

    /**
     * Moves "- **text**: rationale" lines naming a prompt or a choice onto it (prompts first) and returns what is
     * left of the general feedback, or null if nothing is.
     */
    static String extract(String feedback, List<ObjectNode> prompts, List<ObjectNode> choices) {
        if (feedback == null || feedback.isBlank()) return null;
        List<String> kept = new ArrayList<>();
        for (String line : feedback.split("\n")) {
            if (!(line.startsWith("- **") && (take(line, prompts) || take(line, choices)))) kept.add(line);
        }
        String rest = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
        return rest.isEmpty() ? null : rest;
    }

    private static boolean take(String line, List<ObjectNode> items) {
        for (ObjectNode item : items) {
            String prefix = "- **" + item.get("text").asString().replace('\n', ' ') + "**: ";
            if (!item.has("rationale") && line.startsWith(prefix) && line.length() > prefix.length()) {
                item.put("rationale", line.substring(prefix.length()).strip());
                return true;
            }
        }
        return false;
    }
}
