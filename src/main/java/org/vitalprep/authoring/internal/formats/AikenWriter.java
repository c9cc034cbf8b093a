package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes Aiken: single-best-answer questions (and true-false as the options True and False). Aiken has no
 * feedback, ids or other types: rationales are dropped (noted), the rest is skipped.
 */
final class AikenWriter {

    private AikenWriter() {
    }

    static Written write(List<Question> questions) {
        ExportLog log = new ExportLog();
        StringBuilder a = new StringBuilder();
        int n = 0;
        for (Question q : questions) {
            n++;
            if (q.type() != QuestionType.SINGLE_BEST_ANSWER && q.type() != QuestionType.TRUE_FALSE) {
                log.skipped(n, q, q.type().code() + ": Aiken has single-answer multiple choice only");
                continue;
            }
            if (q.image() != null) {
                log.skipped(n, q, "the question has an image, which Aiken cannot carry");
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (q.stem().contains("\n")) notes.add("line breaks in the stem became spaces");
            a.append(oneLine(q.stem())).append('\n');
            char letter = 'A';
            char key = 'A';
            for (Question.Option o : q.options()) {
                if (o.id().equals(q.keyId())) key = letter;
                a.append(letter++).append(". ").append(oneLine(o.text())).append('\n');
            }
            a.append("ANSWER: ").append(key).append("\n\n");
            if (q.rationale() != null || q.options().stream().anyMatch(o -> o.rationale() != null)) {
                notes.add("rationales dropped: Aiken has no feedback");
            }
            log.exported(n, q, notes);
        }
        return new Written(a.toString().getBytes(StandardCharsets.UTF_8), log.report());
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }
}
