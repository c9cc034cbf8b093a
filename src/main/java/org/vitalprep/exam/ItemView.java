package org.vitalprep.exam;

import org.vitalprep.bank.QuestionType;

import java.util.List;

/**
 * One question of an attempt as its learner may see it. Until the question is final for the learner
 * ({@code feedback == null}), nothing here reveals the key: options carry ids and texts only, hotspot regions are
 * all the clickable areas, and an EKG strip is a drawing without its rhythm name.
 *
 * @param options   single-choice, multiple-response and ordering options in this attempt's order
 * @param prompts   matching prompts, in this attempt's order
 * @param choices   matching choices, in this attempt's order
 * @param imageSvg  hotspot image (sanitized SVG) or null
 * @param stripSvg  EKG rhythm strip (server-rendered SVG) or null
 * @param locked    the answer can no longer change (final in tutor mode, or its segment has closed)
 * @param seq       the item's change counter, for optimistic concurrency between tabs
 */
public record ItemView(int index, String questionId, int questionVersion, QuestionType type, String stemHtml,
                       List<Choice> options, List<Choice> prompts, List<Choice> choices, String unit,
                       String imageSvg, String imageAlt, List<Region> regions, String stripSvg, int segment,
                       Answer answer, boolean flagged, boolean locked, int seq, long timeSpentMs, Feedback feedback) {

    public ItemView {
        options = List.copyOf(options);
        prompts = List.copyOf(prompts);
        choices = List.copyOf(choices);
        regions = List.copyOf(regions);
    }

    public boolean answered() {
        return answer != null;
    }

    public record Choice(String id, String text) {}

    /** A clickable hotspot area in the image's coordinates. */
    public record Region(String id, String label, String shape, List<Double> coords) {}
}
