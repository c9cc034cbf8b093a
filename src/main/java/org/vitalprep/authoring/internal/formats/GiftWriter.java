package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes GIFT: {@code $CATEGORY:} per module and topic, {@code ::id::} titles, {@code [markdown]} text, answer
 * feedback from the rationales, general feedback ({@code ####}) from the question rationale, special characters
 * escaped and line breaks as {@code \n}. A numeric question's unit goes into a {@code // unit: mL} comment line
 * (GIFT has no units; the reader takes it back). Ordering, hotspot, EKG-strip questions and questions with an
 * image are skipped: GIFT cannot express them.
 */
final class GiftWriter {

    private GiftWriter() {
    }

    static Written write(List<Question> questions, ImportOptions meta) {
        ExportLog log = new ExportLog();
        StringBuilder g = new StringBuilder("// ").append(oneLine(meta.title())).append(" (VitalPrep bank ")
                .append(meta.bankId()).append(")\n\n");
        String currentCategory = null;
        int n = 0;
        for (Question q : questions) {
            n++;
            String skip = ExportLog.cannotCarry(q, "GIFT");
            if (skip == null && q.type() == QuestionType.ORDERING) {
                skip = "ordering: GIFT has no ordering question type";
            }
            if (skip == null && q.image() != null) skip = "the question has an image, which GIFT cannot embed";
            if (skip == null && q.type() == QuestionType.MATCHING
                    && q.prompts().stream().anyMatch(p -> p.text().contains("->"))) {
                skip = "matching: a prompt contains '->', which GIFT reads as the pair separator";
            }
            if (skip != null) {
                log.skipped(n, q, skip);
                continue;
            }
            String category = Category.pathFor(q.module() == null ? meta.module() : q.module(), q.topic());
            if (!category.equals(currentCategory)) {
                g.append("$CATEGORY: ").append(oneLine(category)).append("\n\n");
                currentCategory = category;
            }
            List<String> notes = new ArrayList<>();
            g.append("// question: ").append(q.id()).append('\n');
            if (q.type() == QuestionType.NUMERIC) g.append("// unit: ").append(oneLine(q.numericKey().unit())).append('\n');
            g.append("::").append(esc(q.id())).append("::[markdown]").append(esc(q.stem())).append(" {");
            switch (q.type()) {
                case SINGLE_BEST_ANSWER, MULTIPLE_RESPONSE -> choices(g, q, notes);
                case TRUE_FALSE -> {
                    boolean key = q.keyId().equals("true");
                    String right = q.option(key ? "true" : "false").rationale();
                    String wrong = q.option(key ? "false" : "true").rationale();
                    g.append(key ? "TRUE" : "FALSE");
                    if (wrong != null) g.append('#').append(esc(wrong));
                    else if (right != null) g.append('#');
                    if (right != null) g.append('#').append(esc(right));
                    general(g, q.rationale(), "");
                }
                case MATCHING -> {
                    g.append('\n');
                    for (Question.Prompt p : q.prompts()) {
                        g.append("\t=").append(esc(p.text())).append(" -> ").append(esc(choiceText(q, q.matchKey().get(p.id())))).append('\n');
                    }
                    for (Question.Choice c : q.choices()) {
                        if (!q.matchKey().containsValue(c.id())) g.append("\t= -> ").append(esc(c.text())).append('\n');
                    }
                    if (q.prompts().stream().anyMatch(p -> p.rationale() != null) || q.choices().stream().anyMatch(c -> c.rationale() != null)) {
                        notes.add("prompt and choice rationales are in the general feedback as '- **text**: rationale' lines");
                    }
                    general(g, MatchingRationales.compose(q), "\t");
                }
                case NUMERIC -> {
                    Question.NumericKey k = q.numericKey();
                    g.append("#\n\t=").append(number(k.value())).append(':').append(number(k.tolerance())).append('\n');
                    for (Question.CommonError e : q.commonErrors()) {
                        g.append("\t=%0%").append(number(e.value())).append(":0#").append(esc(e.rationale())).append('\n');
                    }
                    general(g, q.rationale(), "\t");
                }
                default -> throw new IllegalArgumentException(q.type().code());
            }
            g.append("}\n\n");
            log.exported(n, q, notes);
        }
        return new Written(g.toString().getBytes(StandardCharsets.UTF_8), log.report());
    }

    private static void choices(StringBuilder g, Question q, List<String> notes) {
        boolean single = q.type() == QuestionType.SINGLE_BEST_ANSWER;
        int keyed = q.keyIds().size();
        boolean partial = "partial".equals(q.scoring());
        if (!single && !partial && keyed > 1) {
            notes.add("all-or-nothing scoring cannot be expressed: GIFT weights give " + MoodleXmlWriter.fraction(100.0 / keyed)
                    + "% per right pick and -100% per wrong pick");
        }
        g.append('\n');
        for (Question.Option o : q.options()) {
            boolean key = q.keyIds().contains(o.id());
            g.append('\t');
            if (single) g.append(key ? "=" : "~");
            else if (key) g.append("~%").append(MoodleXmlWriter.fraction(100.0 / keyed)).append('%');
            else g.append("~%").append(MoodleXmlWriter.fraction(partial ? -100.0 / keyed : -100)).append('%');
            g.append(esc(o.text()));
            if (o.rationale() != null) g.append('#').append(esc(o.rationale()));
            g.append('\n');
        }
        general(g, q.rationale(), "\t");
    }

    private static void general(StringBuilder g, String rationale, String indent) {
        if (rationale != null && !rationale.isBlank()) {
            g.append(indent).append("####").append(esc(rationale));
            if (!indent.isEmpty()) g.append('\n');
        }
    }

    private static String choiceText(Question q, String choiceId) {
        return q.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst().map(Question.Choice::text).orElse("");
    }

    /** Moodle's escaping: \ # = ~ { } : get a backslash; a line break becomes \n. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> sb.append('\\').append(c);
                case '\n' -> sb.append("\\n");
                case '\r' -> { }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    private static String number(double d) {
        return MoodleXmlReader.number(d);
    }
}
