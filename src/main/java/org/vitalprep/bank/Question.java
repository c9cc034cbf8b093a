package org.vitalprep.bank;

import java.util.List;
import java.util.Map;

/**
 * One version of one question, as imported from a bank. Immutable: a changed question is a new version, and an
 * attempt keeps the (id, version) it showed. Holds the key and rationales, so it never leaves the server as is:
 * views show learners only what {@code quiz} presents.
 *
 * @param keyIds     single-choice types: one option id; multiple-response: the correct ids; ordering: all ids in order
 * @param matchKey   matching: prompt id to choice id
 * @param numericKey numeric: value, tolerance and unit
 */
public record Question(
        String id, int version, String bankId, String module, QuestionType type, String stem,
        List<Option> options, List<Prompt> prompts, List<Choice> choices,
        List<String> keyIds, Map<String, String> matchKey, NumericKey numericKey, String scoring,
        String rationale, List<CommonError> commonErrors, QuestionImage image, EkgStripSpec strip,
        List<String> domains, String topic, String difficulty, String source, String status) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        choices = choices == null ? List.of() : List.copyOf(choices);
        keyIds = keyIds == null ? List.of() : List.copyOf(keyIds);
        matchKey = matchKey == null ? Map.of() : Map.copyOf(matchKey);
        commonErrors = commonErrors == null ? List.of() : List.copyOf(commonErrors);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public Question withVersion(int newVersion) {
        return new Question(id, newVersion, bankId, module, type, stem, options, prompts, choices, keyIds, matchKey,
                numericKey, scoring, rationale, commonErrors, image, strip, domains, topic, difficulty, source, status);
    }

    /** The same question filed under another bank and module (authored questions). */
    public Question withBank(String newBankId, String newModule) {
        return new Question(id, version, newBankId, newModule, type, stem, options, prompts, choices, keyIds, matchKey,
                numericKey, scoring, rationale, commonErrors, image, strip, domains, topic, difficulty, source, status);
    }

    /** The same content under another id and workflow status (an instructor's copy or a workflow step). */
    public Question withIdAndStatus(String newId, String newStatus) {
        return new Question(newId, version, bankId, module, type, stem, options, prompts, choices, keyIds, matchKey,
                numericKey, scoring, rationale, commonErrors, image, strip, domains, topic, difficulty, source, newStatus);
    }

    public boolean published() {
        return "published".equals(status);
    }

    /** The single keyed option of a single-choice question. */
    public String keyId() {
        if (!type.singleChoice() || keyIds.size() != 1) {
            throw new IllegalStateException(id + " is a " + type.code() + " question, not a single-choice one");
        }
        return keyIds.getFirst();
    }

    public Option option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Question " + id + " has no option " + optionId));
    }

    public record Option(String id, String text, String rationale, Region region) {}

    public record Region(String shape, List<Double> coords) {}

    public record Prompt(String id, String text, String rationale) {}

    public record Choice(String id, String text, String rationale) {}

    public record NumericKey(double value, double tolerance, String unit) {}

    public record CommonError(double value, String rationale) {}

    public record QuestionImage(String svg, String alt) {}

    public record EkgStripSpec(String rhythm, Integer rate, Integer atrialRate, Integer prMs, Integer qrsMs,
                               Integer qtMs, Boolean regular, Ectopy ectopy, String conduction, long seed) {}

    public record Ectopy(String type, Integer every) {}
}
