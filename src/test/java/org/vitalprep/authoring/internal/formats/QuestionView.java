package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a round trip must keep, with option, prompt and choice ids replaced by their texts (formats regenerate ids). */
final class QuestionView {

    private QuestionView() {
    }

    static Map<String, Object> of(Question q, boolean withDomains) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", q.type());
        v.put("stem", q.stem());
        v.put("rationale", q.rationale());
        v.put("topic", q.topic());
        List<List<String>> options = new ArrayList<>();
        q.options().forEach(o -> options.add(java.util.Arrays.asList(o.text(), o.rationale())));
        // Moodle gives ordering steps in the correct order only; the reader scrambles them, so compare the set
        if (q.type() == org.vitalprep.bank.QuestionType.ORDERING) options.sort(java.util.Comparator.comparing(o -> o.getFirst()));
        v.put("options", options);
        List<String> key = new ArrayList<>();
        q.keyIds().forEach(id -> key.add(q.option(id).text()));
        v.put("key", key);
        List<List<String>> prompts = new ArrayList<>();
        q.prompts().forEach(p -> prompts.add(java.util.Arrays.asList(p.text(), p.rationale())));
        v.put("prompts", prompts);
        List<List<String>> choices = new ArrayList<>();
        q.choices().forEach(c -> choices.add(java.util.Arrays.asList(c.text(), c.rationale())));
        choices.sort(java.util.Comparator.comparing(c -> c.getFirst()));
        v.put("choices", choices); // Moodle and GIFT list choices in prompt order: the set is what counts
        Map<String, String> match = new LinkedHashMap<>();
        q.matchKey().forEach((p, c) -> match.put(
                q.prompts().stream().filter(x -> x.id().equals(p)).findFirst().orElseThrow().text(),
                q.choices().stream().filter(x -> x.id().equals(c)).findFirst().orElseThrow().text()));
        v.put("match", match);
        v.put("numeric", q.numericKey());
        v.put("commonErrors", q.commonErrors());
        v.put("image", q.image());
        if (withDomains) v.put("domains", q.domains());
        return v;
    }
}
