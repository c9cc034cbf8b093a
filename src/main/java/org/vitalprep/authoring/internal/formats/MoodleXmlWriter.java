package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes Moodle XML: a category per module and topic ("$course$/top/<module>/<topic>"), the id as
 * the question name and idnumber, exam domains as tags, Markdown as HTML in CDATA, rationales as answer feedback
 * and general feedback, an SVG image as an embedded file. Ordering questions use Moodle's Ordering type; hotspot
 * and EKG-strip questions are skipped.
 */
final class MoodleXmlWriter {

    private MoodleXmlWriter() {
    }

    static Written write(List<Question> questions, ImportOptions meta) {
        ExportLog log = new ExportLog();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
        String currentCategory = null;
        int n = 0;
        for (Question q : questions) {
            n++;
            String skip = ExportLog.cannotCarry(q, "Moodle XML");
            if (skip != null) {
                log.skipped(n, q, skip);
                continue;
            }
            String category = Category.pathFor(q.module() == null ? meta.module() : q.module(), q.topic());
            if (!category.equals(currentCategory)) {
                x.append("  <question type=\"category\">\n    <category>\n      <text>").append(esc(category))
                        .append("</text>\n    </category>\n    <info format=\"html\">\n      <text></text>\n    </info>\n  </question>\n");
                currentCategory = category;
            }
            List<String> notes = new ArrayList<>();
            x.append(question(q, notes));
            log.exported(n, q, notes);
        }
        x.append("</quiz>\n");
        return new Written(x.toString().getBytes(StandardCharsets.UTF_8), log.report());
    }

    private static String question(Question q, List<String> notes) {
        String type = switch (q.type()) {
            case SINGLE_BEST_ANSWER, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case MATCHING -> "matching";
            case NUMERIC -> "numerical";
            case ORDERING -> "ordering";
            default -> throw new IllegalArgumentException(q.type().code());
        };
        StringBuilder x = new StringBuilder();
        x.append("  <question type=\"").append(type).append("\">\n");
        x.append("    <name>\n      <text>").append(esc(q.id())).append("</text>\n    </name>\n");
        String stem = Markup.markdownToHtml(q.stem());
        String file = "";
        if (q.image() != null) {
            String name = q.id() + ".svg";
            stem += "<p><img src=\"@@PLUGINFILE@@/" + name + "\" alt=\"" + Markup.escapeHtml(q.image().alt()) + "\"></p>";
            file = "      <file name=\"" + esc(name) + "\" path=\"/\" encoding=\"base64\">"
                    + Base64.getEncoder().encodeToString(q.image().svg().getBytes(StandardCharsets.UTF_8)) + "</file>\n";
        }
        x.append("    <questiontext format=\"html\">\n      <text>").append(cdata(stem)).append("</text>\n").append(file)
                .append("    </questiontext>\n");
        String general = q.type() == QuestionType.MATCHING ? MatchingRationales.compose(q) : q.rationale();
        x.append(html("generalfeedback", general));
        x.append("    <defaultgrade>1</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
        x.append("    <idnumber>").append(esc(q.id())).append("</idnumber>\n");
        switch (q.type()) {
            case SINGLE_BEST_ANSWER, MULTIPLE_RESPONSE -> multichoice(x, q, notes);
            case TRUE_FALSE -> {
                for (String id : List.of("true", "false")) {
                    Question.Option o = q.option(id);
                    x.append("    <answer fraction=\"").append(q.keyId().equals(id) ? "100" : "0")
                            .append("\" format=\"moodle_auto_format\">\n      <text>").append(id).append("</text>\n")
                            .append(feedback(o.rationale())).append("    </answer>\n");
                }
            }
            case MATCHING -> matching(x, q, notes);
            case NUMERIC -> numerical(x, q);
            case ORDERING -> ordering(x, q, notes);
            default -> throw new IllegalArgumentException(q.type().code());
        }
        if (!q.domains().isEmpty()) {
            x.append("    <tags>\n");
            q.domains().forEach(d -> x.append("      <tag>\n        <text>").append(esc(d)).append("</text>\n      </tag>\n"));
            x.append("    </tags>\n");
        }
        x.append("  </question>\n");
        return x.toString();
    }

    private static void multichoice(StringBuilder x, Question q, List<String> notes) {
        boolean single = q.type() == QuestionType.SINGLE_BEST_ANSWER;
        x.append("    <single>").append(single).append("</single>\n    <shuffleanswers>true</shuffleanswers>\n")
                .append("    <answernumbering>abc</answernumbering>\n    <showstandardinstruction>0</showstandardinstruction>\n");
        combinedFeedback(x);
        int keyed = q.keyIds().size();
        boolean partial = "partial".equals(q.scoring());
        if (!single && !partial && keyed > 1) {
            notes.add("all-or-nothing scoring cannot be expressed: Moodle gives " + fraction(100.0 / keyed)
                    + "% per right pick and -100% per wrong pick");
        }
        for (Question.Option o : q.options()) {
            double f;
            if (single) f = q.keyIds().contains(o.id()) ? 100 : 0;
            else if (q.keyIds().contains(o.id())) f = 100.0 / keyed;
            else f = partial ? -100.0 / keyed : -100;
            x.append("    <answer fraction=\"").append(fraction(f)).append("\" format=\"html\">\n      <text>")
                    .append(cdata(Markup.markdownToHtml(o.text()))).append("</text>\n").append(feedback(o.rationale()))
                    .append("    </answer>\n");
        }
    }

    private static void matching(StringBuilder x, Question q, List<String> notes) {
        x.append("    <shuffleanswers>true</shuffleanswers>\n");
        combinedFeedback(x);
        for (Question.Prompt p : q.prompts()) {
            x.append("    <subquestion format=\"html\">\n      <text>").append(cdata(Markup.markdownToHtml(p.text())))
                    .append("</text>\n      <answer>\n        <text>").append(esc(choiceText(q, q.matchKey().get(p.id()))))
                    .append("</text>\n      </answer>\n    </subquestion>\n");
        }
        for (Question.Choice c : q.choices()) {
            if (q.matchKey().containsValue(c.id())) continue;
            x.append("    <subquestion format=\"html\">\n      <text></text>\n      <answer>\n        <text>")
                    .append(esc(c.text())).append("</text>\n      </answer>\n    </subquestion>\n");
        }
        if (q.prompts().stream().anyMatch(p -> p.rationale() != null) || q.choices().stream().anyMatch(c -> c.rationale() != null)) {
            notes.add("prompt and choice rationales are in the general feedback as '- **text**: rationale' lines");
        }
        if (q.choices().size() < 3) notes.add("Moodle wants at least 3 answers in a matching question; this one has " + q.choices().size());
    }

    private static void numerical(StringBuilder x, Question q) {
        Question.NumericKey k = q.numericKey();
        x.append("    <answer fraction=\"100\" format=\"moodle_auto_format\">\n      <text>").append(number(k.value()))
                .append("</text>\n").append(feedback(null)).append("      <tolerance>").append(number(k.tolerance()))
                .append("</tolerance>\n    </answer>\n");
        for (Question.CommonError e : q.commonErrors()) {
            x.append("    <answer fraction=\"0\" format=\"moodle_auto_format\">\n      <text>").append(number(e.value()))
                    .append("</text>\n").append(feedback(e.rationale())).append("      <tolerance>0</tolerance>\n    </answer>\n");
        }
        x.append("    <units>\n      <unit>\n        <multiplier>1</multiplier>\n        <unit_name>").append(esc(k.unit()))
                .append("</unit_name>\n      </unit>\n    </units>\n");
    }

    private static void ordering(StringBuilder x, Question q, List<String> notes) {
        x.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n    <selectcount>0</selectcount>\n")
                .append("    <gradingtype>ALL_OR_NOTHING</gradingtype>\n    <showgrading>SHOW</showgrading>\n")
                .append("    <numberingstyle>none</numberingstyle>\n");
        combinedFeedback(x);
        int position = 1;
        for (String id : q.keyIds()) {
            Question.Option o = q.option(id);
            x.append("    <answer fraction=\"").append(position++).append("\" format=\"html\">\n      <text>")
                    .append(cdata(Markup.markdownToHtml(o.text()))).append("</text>\n").append(feedback(o.rationale()))
                    .append("    </answer>\n");
        }
        notes.add("written as Moodle's Ordering question type (standard from Moodle 4.4; older sites need the Ordering plugin)");
    }

    private static String choiceText(Question q, String choiceId) {
        return q.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst().map(Question.Choice::text).orElse("");
    }

    private static void combinedFeedback(StringBuilder x) {
        for (String f : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            x.append("    <").append(f).append(" format=\"html\">\n      <text></text>\n    </").append(f).append(">\n");
        }
        x.append("    <shownumcorrect/>\n");
    }

    private static String html(String tag, String markdown) {
        return "    <" + tag + " format=\"html\">\n      <text>" + cdata(Markup.markdownToHtml(markdown)) + "</text>\n    </"
                + tag + ">\n";
    }

    private static String feedback(String markdown) {
        return "      <feedback format=\"html\">\n        <text>" + cdata(Markup.markdownToHtml(markdown))
                + "</text>\n      </feedback>\n";
    }

    /** Moodle's answer weights: "100", "33.33333", "-12.5" (at most 5 decimals, trailing zeros dropped). */
    static String fraction(double percent) {
        String s = String.format(Locale.ROOT, "%.5f", percent).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }

    static String number(double d) {
        return MoodleXmlReader.number(d);
    }

    private static String cdata(String s) {
        if (s == null || s.isEmpty()) return "";
        return "<![CDATA[" + clean(s).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    static String esc(String s) {
        return clean(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Drops characters XML 1.0 cannot hold. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
