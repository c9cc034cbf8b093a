package org.vitalprep.authoring.internal;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.List;
import java.util.Map;

/** The starting point of a new question of each type: the structure is there, the author writes the content. */
public final class Templates {

    private Templates() {
    }

    public static Question of(QuestionType type, String id, String module) {
        List<Question.Option> abcd = List.of(opt("a", "First option"), opt("b", "Second option"),
                opt("c", "Third option"), opt("d", "Fourth option"));
        return switch (type) {
            case SINGLE_BEST_ANSWER -> q(id, module, type, "Write the question here.", abcd, List.of(), List.of(),
                    List.of("a"), Map.of(), null, null, null);
            case MULTIPLE_RESPONSE -> q(id, module, type, "Which of the following apply? Select all that apply.", abcd,
                    List.of(), List.of(), List.of("a", "b"), Map.of(), null, null, null);
            case TRUE_FALSE -> q(id, module, type, "Write a statement that is true or false.",
                    List.of(opt("true", "True"), opt("false", "False")), List.of(), List.of(), List.of("true"),
                    Map.of(), null, null, null);
            case ORDERING -> q(id, module, type, "Put these steps in the correct order.",
                    List.of(opt("a", "First step"), opt("b", "Second step"), opt("c", "Third step")), List.of(),
                    List.of(), List.of("a", "b", "c"), Map.of(), null, null, null);
            case MATCHING -> q(id, module, type, "Match each item with its description.", List.of(),
                    List.of(new Question.Prompt("p1", "First item", null), new Question.Prompt("p2", "Second item", null)),
                    List.of(new Question.Choice("c1", "First description", null),
                            new Question.Choice("c2", "Second description", null)),
                    List.of(), Map.of("p1", "c1", "p2", "c2"), null, null, null);
            case NUMERIC -> q(id, module, type, "Write a calculation question here.", List.of(), List.of(), List.of(),
                    List.of(), Map.of(), new Question.NumericKey(1, 0, "mL"), null, null);
            case HOTSPOT -> q(id, module, type, "Select the correct area of the image.",
                    List.of(new Question.Option("a", "Left area", null,
                                    new Question.Region("rect", List.of(10.0, 10.0, 80.0, 80.0))),
                            new Question.Option("b", "Right area", null,
                                    new Question.Region("rect", List.of(110.0, 10.0, 80.0, 80.0)))),
                    List.of(), List.of(), List.of("a"), Map.of(), null,
                    new Question.QuestionImage("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 100\">"
                            + "<rect x=\"10\" y=\"10\" width=\"80\" height=\"80\" fill=\"#dde\"/>"
                            + "<rect x=\"110\" y=\"10\" width=\"80\" height=\"80\" fill=\"#edd\"/></svg>",
                            "Two areas side by side"), null);
            case EKG_STRIP -> q(id, module, type, "Interpret this rhythm strip.",
                    List.of(opt("a", "Normal sinus rhythm"), opt("b", "Sinus bradycardia"),
                            opt("c", "Sinus tachycardia")), List.of(), List.of(), List.of("a"), Map.of(), null, null,
                    new Question.EkgStripSpec("normal-sinus", 75, null, 160, 80, null, true, null, null, 1));
        };
    }

    private static Question.Option opt(String id, String text) {
        return new Question.Option(id, text, null, null);
    }

    private static Question q(String id, String module, QuestionType type, String stem, List<Question.Option> options,
                              List<Question.Prompt> prompts, List<Question.Choice> choices, List<String> key,
                              Map<String, String> matchKey, Question.NumericKey numeric, Question.QuestionImage image,
                              Question.EkgStripSpec strip) {
        return new Question(id, 0, "authored", module, type, stem, options, prompts, choices, key, matchKey, numeric,
                null, null, List.of(), image, strip, List.of(), null, null, null, "draft");
    }
}
