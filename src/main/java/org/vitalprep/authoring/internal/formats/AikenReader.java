package org.vitalprep.authoring.internal.formats;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Aiken: question text (one or more lines), options "A. text" or "A) text", then "ANSWER: B". Aiken has
 * no feedback, so rationales stay empty (drafts) with a note. Two options reading True and False become a
 * true-false question. A block without an ANSWER line, with an answer letter that is not an option or with fewer
 * than three options is rejected with its line number.
 */
final class AikenReader {

    private static final Pattern OPTION = Pattern.compile("^([A-Z])[.)][ \\t]+(.*)$");
    private static final Pattern ANSWER = Pattern.compile("^ANSWER:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final String NO_FEEDBACK = "Aiken has no feedback: rationales left empty for review";

    private AikenReader() {
    }

    private static final class Block {
        final int firstLine;
        final List<String> stem = new ArrayList<>();
        final List<String[]> options = new ArrayList<>();
        int optionsLine;
        boolean reported;

        Block(int firstLine) {
            this.firstLine = firstLine;
        }
    }

    static void read(String text, ImportOptions options, ItemCollector out) {
        String[] lines = text.split("\n", -1);
        Block block = null;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            Matcher option = OPTION.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (answer.matches()) {
                if (block == null) {
                    out.reject("line " + lineNo, "line " + lineNo + ": ANSWER line without a question before it");
                } else {
                    finish(block, answer.group(1).strip(), lineNo, options, out);
                }
                block = null;
            } else if (option.matches()) {
                if (block == null) {
                    out.reject("line " + lineNo, "line " + lineNo + ": option " + option.group(1) + " without a question before it");
                    block = new Block(lineNo);
                    block.reported = true;
                }
                if (block.options.isEmpty()) block.optionsLine = lineNo;
                block.options.add(new String[]{option.group(1), option.group(2).strip(), String.valueOf(lineNo)});
            } else if (block != null && !block.options.isEmpty()) {
                if (!block.reported) out.reject("line " + block.firstLine, "lines " + block.firstLine + "-" + (lineNo - 1)
                        + ": no ANSWER line after the options (line " + lineNo + " starts the next question)");
                block = new Block(lineNo);
                block.stem.add(line);
            } else {
                if (block == null) block = new Block(lineNo);
                block.stem.add(line);
            }
        }
        if (block != null && !block.reported) {
            out.reject("line " + block.firstLine, "lines " + block.firstLine + "-" + lines.length
                    + ": no ANSWER line after the " + (block.options.isEmpty() ? "question" : "options") + " (end of file)");
        }
    }

    private static void finish(Block b, String letter, int answerLine, ImportOptions options, ItemCollector out) {
        String where = "line " + b.firstLine;
        if (b.reported) return; // options without a question, already reported
        List<String> letters = b.options.stream().map(o -> o[0]).toList();
        if (b.options.isEmpty()) {
            out.reject(where, "line " + answerLine + ": ANSWER without options (options are lines like 'A. text')");
            return;
        }
        for (int i = 0; i < letters.size(); i++) {
            if (letters.indexOf(letters.get(i)) != i) {
                out.reject(where, "line " + b.options.get(i)[2] + ": option " + letters.get(i) + " appears twice");
                return;
            }
        }
        if (!letter.matches("[A-Za-z]")) {
            out.reject(where, "line " + answerLine + ": ANSWER must be one option letter, not '" + letter + "'");
            return;
        }
        String key = letter.toUpperCase(Locale.ROOT);
        if (!letters.contains(key)) {
            out.reject(where, "line " + answerLine + ": ANSWER: " + key + " is not one of the options " + String.join(", ", letters));
            return;
        }
        ObjectNode q = ItemCollector.object();
        q.put("stem", String.join("\n", b.stem));
        List<String> notes = new ArrayList<>();
        boolean trueFalse = b.options.size() == 2
                && b.options.stream().map(o -> o[1].toLowerCase(Locale.ROOT)).sorted().toList().equals(List.of("false", "true"));
        if (trueFalse) {
            ItemCollector.trueFalse(q, b.options.get(letters.indexOf(key))[1].toLowerCase(Locale.ROOT), null, null);
            notes.add("options True and False became a true-false question");
        } else {
            if (b.options.size() < 3) {
                out.reject(where, "line " + b.optionsLine + ": only " + b.options.size()
                        + " options; a single-best-answer question needs 3 to 5");
                return;
            }
            q.put("type", "single-best-answer");
            ArrayNode opts = q.putArray("options");
            for (String[] o : b.options) {
                opts.addObject().put("id", o[0].toLowerCase(Locale.ROOT)).put("text", o[1]);
            }
            q.put("key", key.toLowerCase(Locale.ROOT));
        }
        notes.add(NO_FEEDBACK);
        out.accept(where, null, options.module(), q, notes);
    }
}
