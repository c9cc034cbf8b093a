package org.vitalprep.authoring.internal.formats;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT (https://docs.moodle.org/en/GIFT_format) as Moodle does: questions are separated by blank lines,
 * {@code //} lines are comments, {@code \~ \= \# \{ \} \: \\ \n} are escapes, {@code ::title::} names a question,
 * {@code $CATEGORY:} sets the category, {@code [html]}/{@code [markdown]}/{@code [plain]}/{@code [moodle]} give the
 * text format. Multiple choice (single and weighted multiple answers), true/false, matching and numeric questions
 * map to VitalPrep types; short answer only when every accepted answer is a number; essays and descriptions are
 * skipped. A comment line {@code // unit: mL} before a numeric question gives its unit (GIFT has none; the
 * writer puts it there).
 */
final class GiftReader {

    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d+)?)%");
    private static final Pattern UNIT_COMMENT = Pattern.compile("^//\\s*unit:\\s*(.+?)\\s*$");
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");

    private final ImportOptions options;
    private final ItemCollector out;
    private Category category = Category.parse("");

    private GiftReader(ImportOptions options, ItemCollector out) {
        this.options = options;
        this.out = out;
    }

    static void read(String text, ImportOptions options, ItemCollector out) {
        GiftReader reader = new GiftReader(options, out);
        String[] lines = text.split("\n", -1);
        List<Integer> block = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            if (i == lines.length || lines[i].isBlank()) {
                if (!block.isEmpty()) reader.block(lines, block);
                block = new ArrayList<>();
            } else {
                block.add(i);
            }
        }
    }

    /** A question's text after escapes are resolved: each character knows whether it was escaped, and where it was. */
    private record Src(String chars, boolean[] literal, int[] line, int[] col) {

        static Src of(String[] lines, List<Integer> rows) {
            StringBuilder sb = new StringBuilder();
            List<Boolean> lit = new ArrayList<>();
            List<int[]> pos = new ArrayList<>();
            boolean first = true;
            for (int row : rows) {
                if (!first) {
                    sb.append('\n');
                    lit.add(false);
                    pos.add(new int[]{row, 0});
                }
                first = false;
                String l = lines[row];
                for (int c = 0; c < l.length(); c++) {
                    char ch = l.charAt(c);
                    if (ch == '\\' && c + 1 < l.length()) {
                        char next = l.charAt(c + 1);
                        if (":#={}~\\".indexOf(next) >= 0 || next == 'n') {
                            sb.append(next == 'n' ? '\n' : next);
                            lit.add(true);
                            pos.add(new int[]{row + 1, c + 1});
                            c++;
                            continue;
                        }
                    }
                    sb.append(ch);
                    lit.add(false);
                    pos.add(new int[]{row + 1, c + 1});
                }
            }
            boolean[] l = new boolean[lit.size()];
            int[] ln = new int[lit.size()], co = new int[lit.size()];
            for (int i = 0; i < l.length; i++) {
                l[i] = lit.get(i);
                ln[i] = pos.get(i)[0];
                co[i] = pos.get(i)[1];
            }
            return new Src(sb.toString(), l, ln, co);
        }

        int length() {
            return chars.length();
        }

        boolean special(int i, char c) {
            return i >= 0 && i < chars.length() && !literal[i] && chars.charAt(i) == c;
        }

        int find(char c, int from) {
            for (int i = Math.max(0, from); i < chars.length(); i++) if (special(i, c)) return i;
            return -1;
        }

        boolean startsWith(String s, int at) {
            for (int k = 0; k < s.length(); k++) if (!special(at + k, s.charAt(k))) return false;
            return true;
        }

        int lastFind(String s, int from, int to) {
            for (int i = to - s.length(); i >= from; i--) if (startsWith(s, i)) return i;
            return -1;
        }

        Src sub(int from, int to) {
            return new Src(chars.substring(from, to), java.util.Arrays.copyOfRange(literal, from, to),
                    java.util.Arrays.copyOfRange(line, from, to), java.util.Arrays.copyOfRange(col, from, to));
        }

        String where(int i) {
            if (chars.isEmpty()) return "";
            int k = Math.min(Math.max(i, 0), chars.length() - 1);
            return col[k] > 0 ? "line " + line[k] + ", column " + col[k] : "line " + line[k];
        }

        boolean isBlank() {
            return chars.isBlank();
        }

        /** Pieces starting at each unescaped marker (the text before the first marker is piece 0, maybe blank). */
        List<Src> split(String markers) {
            List<Src> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < chars.length(); i++) {
                if (!literal[i] && markers.indexOf(chars.charAt(i)) >= 0) {
                    parts.add(sub(start, i));
                    start = i;
                }
            }
            parts.add(sub(start, chars.length()));
            return parts;
        }
    }

    private static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    private void block(String[] lines, List<Integer> rows) {
        String unit = null;
        List<Integer> content = new ArrayList<>();
        for (int row : rows) {
            String t = lines[row].strip();
            if (t.startsWith("//")) {
                Matcher m = UNIT_COMMENT.matcher(t);
                if (m.matches()) unit = m.group(1);
            } else {
                content.add(row);
            }
        }
        if (content.isEmpty()) return;
        String firstLine = lines[content.getFirst()].strip();
        if (firstLine.startsWith("$CATEGORY:")) {
            category = Category.parse(firstLine.substring("$CATEGORY:".length()));
            content.removeFirst();
            if (content.isEmpty()) return;
        }
        Src s = Src.of(lines, content);
        String where = "line " + (content.getFirst() + 1);
        String title = null;
        int pos = 0;
        while (pos < s.length() && Character.isWhitespace(s.chars().charAt(pos))) pos++;
        if (s.startsWith("::", pos)) {
            int end = -1;
            for (int i = pos + 2; i < s.length() - 1; i++) if (s.startsWith("::", i)) {
                end = i;
                break;
            }
            if (end < 0) {
                out.reject(where, s.where(pos) + ": the title opened with '::' is never closed with '::'");
                return;
            }
            title = s.chars().substring(pos + 2, end).strip();
            pos = end + 2;
            if (!title.isEmpty()) where += " '" + (title.length() > 60 ? title.substring(0, 57) + "..." : title) + "'";
        }
        try {
            question(s, pos, where, title, unit);
        } catch (Rejected e) {
            out.reject(where, e.getMessage());
        }
    }

    private void question(Src s, int pos, String where, String title, String unit) throws Rejected {
        int open = s.find('{', pos);
        int close = s.find('}', pos);
        if (open < 0 && close < 0) {
            out.skip(where, "description: text without an answer block {...} is not a question");
            return;
        }
        if (open < 0 || (close >= 0 && close < open)) {
            throw new Rejected(s.where(close) + ": '}' without an opening '{' (write a literal brace as \\})");
        }
        if (close < 0) {
            throw new Rejected(s.where(open) + ": the answer block opened here with '{' is never closed with '}' "
                    + "(a blank line ends a question; write a literal brace as \\{)");
        }
        int nested = s.find('{', open + 1);
        if (nested >= 0 && nested < close) {
            throw new Rejected(s.where(nested) + ": '{' inside the answer block opened at " + s.where(open)
                    + " (write a literal brace as \\{)");
        }
        int extra = Math.max(s.find('{', close + 1), s.find('}', close + 1));
        if (extra >= 0) throw new Rejected(s.where(extra) + ": a question has one answer block {...}; escape literal braces");

        String before = s.chars().substring(pos, open).strip();
        String after = s.chars().substring(close + 1).strip();
        String stemRaw = after.isEmpty() ? before : before + " _____ " + after;
        String format = "moodle";
        Matcher fm = FORMAT.matcher(stemRaw);
        if (fm.find()) {
            format = fm.group(1);
            stemRaw = stemRaw.substring(fm.end());
        }
        List<String> notes = new ArrayList<>();
        if (!after.isEmpty()) notes.add("missing-word question: the blank is shown as _____ in the stem");
        ObjectNode q = ItemCollector.object();
        if (title != null && Slugs.isSlug(title)) q.put("id", title);
        q.put("stem", text(stemRaw, format));

        Src answers = s.sub(open + 1, close);
        int gf = answers.lastFind("####", 0, answers.length());
        String general = null;
        if (gf >= 0) {
            general = text(answers.chars().substring(gf + 4), format);
            answers = answers.sub(0, gf);
        }
        String module = category.moduleOr(options.module());
        if (category.topic() != null) q.put("topic", category.topic());
        if (category.note() != null) notes.add(category.note());

        String body = answers.chars().strip();
        int firstNonBlank = 0;
        while (firstNonBlank < answers.length() && Character.isWhitespace(answers.chars().charAt(firstNonBlank))) firstNonBlank++;
        if (body.isEmpty()) {
            out.skip(where, "essay: an empty answer block {} asks for free text; VitalPrep has no free-text question type");
            return;
        }
        boolean matching = answers.find('=', 0) >= 0 && answers.chars().contains("->");
        if (answers.special(firstNonBlank, '#')) {
            numeric(q, answers.sub(firstNonBlank + 1, answers.length()), general, unit, format, notes);
        } else if (answers.find('~', 0) >= 0) {
            multichoice(q, answers, general, format, notes);
        } else if (matching) {
            matching(q, answers, general, format, notes);
        } else {
            int hash = answers.find('#', 0);
            String check = (hash >= 0 ? answers.chars().substring(0, hash) : answers.chars()).strip().toUpperCase(Locale.ROOT);
            if (List.of("T", "TRUE", "F", "FALSE").contains(check)) {
                trueFalse(q, answers, check.startsWith("T"), general, format);
            } else if (!shortAnswer(q, answers, general, unit, format, notes, where)) {
                return;
            }
        }
        out.accept(where, title, module, q, notes);
    }

    private void multichoice(ObjectNode q, Src answers, String general, String format, List<String> notes) throws Rejected {
        List<Src> parts = answers.split("=~");
        if (!parts.getFirst().isBlank()) {
            throw new Rejected(parts.getFirst().where(0) + ": text before the first answer (answers start with = or ~)");
        }
        parts = parts.subList(1, parts.size());
        boolean single = parts.stream().anyMatch(p -> p.chars().charAt(0) == '=');
        ArrayNode opts = q.putArray("options");
        List<String> keyed = new ArrayList<>();
        List<Double> keyedWeights = new ArrayList<>(), wrongWeights = new ArrayList<>();
        int i = 0;
        for (Src p : parts) {
            String id = String.valueOf((char) ('a' + i++));
            if (i > 26) throw new Rejected(p.where(0) + ": more than 26 answers");
            Answer a = answer(p, 1, p.chars().charAt(0) == '=' ? null : 0.0);
            double weight = p.chars().charAt(0) == '=' ? 100 : a.weight();
            String[] tf = {a.text(), a.feedback()};
            ObjectNode o = opts.addObject();
            o.put("id", id);
            o.put("text", text(tf[0], format));
            if (!tf[1].isBlank()) o.put("rationale", text(tf[1], format));
            boolean key = single ? weight >= 99.999 : weight > 0;
            if (key) {
                keyed.add(id);
                keyedWeights.add(weight);
            } else {
                wrongWeights.add(weight);
                if (weight > 0) notes.add("partial credit for answer " + id + " (" + MoodleXmlReader.number(weight)
                        + "%) dropped: a single-best-answer item has one key");
            }
        }
        if (single) {
            if (keyed.size() != 1) {
                throw new Rejected(answers.where(0) + ": a single-answer question needs exactly one '=' answer (it has "
                        + keyed.size() + ")");
            }
            q.put("type", "single-best-answer");
            q.put("key", keyed.getFirst());
        } else {
            if (keyed.isEmpty()) throw new Rejected(answers.where(0) + ": no answer has a positive weight (~%50%...)");
            q.put("type", "multiple-response");
            ArrayNode k = q.putArray("key");
            keyed.forEach(k::add);
            boolean partial = keyedWeights.stream().anyMatch(w -> w < 99.999);
            q.put("scoring", partial ? "partial" : "all-or-nothing");
            double share = 100.0 / keyed.size();
            if (partial && !(keyedWeights.stream().allMatch(w -> Math.abs(w - share) < 0.01)
                    && wrongWeights.stream().allMatch(w -> Math.abs(w + share) < 0.01))) {
                notes.add("answer weights became partial scoring: (right picks - wrong picks) / keyed options");
            }
        }
        if (general != null && !general.isBlank()) q.put("rationale", general);
    }

    private void trueFalse(ObjectNode q, Src answers, boolean key, String general, String format) {
        List<Src> parts = answers.split("#");
        String wrong = parts.size() > 1 ? text(parts.get(1).chars().substring(1), format) : "";
        String right = parts.size() > 2 ? text(join(parts.subList(2, parts.size())), format) : "";
        ItemCollector.trueFalse(q, key ? "true" : "false", key ? right : wrong, key ? wrong : right);
        if (general != null && !general.isBlank()) q.put("rationale", general);
    }

    /** The text after the first "#" of a piece again, "#" included (later '#'s belong to the feedback). */
    private static String join(List<Src> parts) {
        StringBuilder sb = new StringBuilder(parts.getFirst().chars().substring(1));
        for (Src p : parts.subList(1, parts.size())) sb.append(p.chars());
        return sb.toString();
    }

    private void matching(ObjectNode q, Src answers, String general, String format, List<String> notes) throws Rejected {
        List<Src> parts = answers.split("=");
        if (!parts.getFirst().isBlank()) {
            throw new Rejected(parts.getFirst().where(0) + ": text before the first pair (pairs start with =)");
        }
        List<ObjectNode> prompts = new ArrayList<>();
        Map<String, ObjectNode> choices = new LinkedHashMap<>();
        Set<String> promptIds = new HashSet<>(), choiceIds = new HashSet<>();
        Map<String, String> key = new LinkedHashMap<>();
        for (Src p : parts.subList(1, parts.size())) {
            String raw = p.chars().substring(1);
            int arrow = raw.indexOf("->");
            if (arrow < 0) throw new Rejected(p.where(0) + ": a matching pair needs 'prompt -> answer'");
            String prompt = text(raw.substring(0, arrow), format);
            String answer = Markup.plain(raw.substring(arrow + 2));
            if (answer.isEmpty()) throw new Rejected(p.where(0) + ": a matching pair has no answer after '->'");
            ObjectNode choice = choices.get(answer);
            if (choice == null) {
                choice = ItemCollector.object();
                choice.put("id", Slugs.shortId(answer, "c" + (choices.size() + 1), choiceIds));
                choice.put("text", answer);
                choices.put(answer, choice);
            }
            if (prompt.isEmpty()) continue;
            ObjectNode po = ItemCollector.object();
            po.put("id", Slugs.shortId(prompt, "p" + (prompts.size() + 1), promptIds));
            po.put("text", prompt);
            prompts.add(po);
            key.put(po.get("id").asString(), choice.get("id").asString());
        }
        q.put("type", "matching");
        String rest = MatchingRationales.extract(general, prompts, new ArrayList<>(choices.values()));
        ArrayNode pa = q.putArray("prompts");
        prompts.forEach(pa::add);
        ArrayNode ca = q.putArray("choices");
        choices.values().forEach(ca::add);
        ObjectNode k = q.putObject("key");
        key.forEach(k::put);
        if (rest != null) q.put("rationale", rest);
    }

    private void numeric(ObjectNode q, Src answers, String general, String unit, String format, List<String> notes)
            throws Rejected {
        int tilde = answers.find('~', 0);
        if (tilde >= 0) {
            Answer other = answer(answers.sub(tilde, answers.length()), 1, 0.0);
            if (!other.feedback().isBlank()) notes.add("feedback for any other answer dropped");
            answers = answers.sub(0, tilde);
        }
        List<Src> parts = answers.split("=");
        List<Src> list = new ArrayList<>();
        if (!parts.getFirst().isBlank()) list.add(parts.getFirst());
        for (Src p : parts.subList(1, parts.size())) list.add(p.sub(1, p.length()));
        if (list.isEmpty()) throw new Rejected(answers.where(0) + ": a numeric question needs an answer after '#'");
        double[] key = null;
        String keyFeedback = null;
        ArrayNode errors = ItemCollector.JSON.createArrayNode();
        for (Src p : list) {
            Answer a = answer(p, 0, 100.0);
            double weight = a.weight();
            String value = a.text();
            String feedback = text(a.feedback(), format);
            double[] vt = numberAndTolerance(value, p);
            if (weight >= 99.999 && key == null) {
                key = vt;
                keyFeedback = feedback;
            } else if (weight >= 99.999) {
                notes.add("another accepted answer " + MoodleXmlReader.number(vt[0]) + " dropped: the key is one value");
            } else if (feedback.isBlank()) {
                notes.add("answer " + MoodleXmlReader.number(vt[0]) + " (" + MoodleXmlReader.number(weight) + "%) has no feedback: dropped");
            } else {
                if (weight > 0) notes.add("partial credit for " + MoodleXmlReader.number(vt[0]) + " dropped");
                ObjectNode e = errors.addObject();
                e.put("value", vt[0]);
                e.put("rationale", feedback);
            }
        }
        if (key == null) throw new Rejected(answers.where(0) + ": no answer is worth 100%");
        q.put("type", "numeric");
        ObjectNode k = q.putObject("key");
        k.put("value", key[0]);
        k.put("tolerance", key[1]);
        k.put("unit", unit(unit, notes));
        if (!errors.isEmpty()) q.set("commonErrors", errors);
        String rationale = join(general, keyFeedback);
        if (rationale != null) q.put("rationale", rationale);
    }

    /** "3.5:0.1", "1..5" (midpoint ± half width) or "3.5". */
    private static double[] numberAndTolerance(String value, Src where) throws Rejected {
        String v = value.strip();
        Double a, b;
        int range = v.indexOf("..");
        int colon = v.indexOf(':');
        if (range > 0) {
            a = MoodleXmlReader.parseNumber(v.substring(0, range));
            b = MoodleXmlReader.parseNumber(v.substring(range + 2));
            if (a == null || b == null) throw new Rejected(where.where(0) + ": '" + v + "' is not a range min..max");
            return new double[]{(a + b) / 2, Math.abs(b - a) / 2};
        }
        if (colon > 0) {
            a = MoodleXmlReader.parseNumber(v.substring(0, colon));
            b = MoodleXmlReader.parseNumber(v.substring(colon + 1));
            if (a == null || b == null) throw new Rejected(where.where(0) + ": '" + v + "' is not value:tolerance");
            return new double[]{a, Math.abs(b)};
        }
        a = MoodleXmlReader.parseNumber(v);
        if (a == null) throw new Rejected(where.where(0) + ": '" + v + "' is not a number");
        return new double[]{a, 0};
    }

    private boolean shortAnswer(ObjectNode q, Src answers, String general, String unit, String format,
                                List<String> notes, String where) {
        List<Src> parts = answers.split("=");
        List<String> texts = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        String keyFeedback = null;
        for (Src p : parts) {
            Answer a = answer(p, p.length() > 0 && p.special(0, '=') ? 1 : 0, 100.0);
            if (a.text().isBlank() || a.weight() < 99.999) continue;
            texts.add(a.text());
            Double d = MoodleXmlReader.parseNumber(a.text());
            if (d != null) values.add(d);
            if (keyFeedback == null && !a.feedback().isBlank()) keyFeedback = text(a.feedback(), format);
        }
        if (texts.isEmpty() || values.size() != texts.size()) {
            out.skip(where, "short answer" + (texts.isEmpty() ? "" : " with text answers ("
                    + String.join(", ", texts.stream().map(t -> "'" + t + "'").toList()) + ")")
                    + ": VitalPrep has no free-text question type");
            return false;
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        q.put("type", "numeric");
        ObjectNode k = q.putObject("key");
        k.put("value", (min + max) / 2);
        k.put("tolerance", (max - min) / 2);
        k.put("unit", unit(unit, notes));
        notes.add("short answer with numeric answers became a numeric question");
        String rationale = join(general, keyFeedback);
        if (rationale != null) q.put("rationale", rationale);
        return true;
    }

    private static String unit(String unit, List<String> notes) {
        if (unit != null && !unit.isBlank() && unit.length() <= 40) return unit;
        notes.add("GIFT has no units: the unit is 'unit' until a reviewer sets it (or put '// unit: mL' before the question)");
        return "unit";
    }

    /** One answer of a block: its text (weight taken off), feedback (after the first unescaped '#') and weight. */
    private record Answer(String text, String feedback, double weight) {}

    /**
     * Reads the answer in {@code p} from index {@code from} (after its '=' or '~'): an optional "%50%" weight
     * (else {@code defaultWeight}; null means weights are not read), the text, then "#feedback".
     */
    private static Answer answer(Src p, int from, Double defaultWeight) {
        int i = Math.min(from, p.length());
        while (i < p.length() && Character.isWhitespace(p.chars().charAt(i))) i++;
        double weight = defaultWeight == null ? 100 : defaultWeight;
        if (defaultWeight != null) {
            Matcher m = WEIGHT.matcher(p.chars().substring(i));
            if (m.find()) {
                weight = Double.parseDouble(m.group(1));
                i += m.end();
            }
        }
        int hash = p.find('#', i);
        String text = (hash >= 0 ? p.chars().substring(i, hash) : p.chars().substring(i)).strip();
        String feedback = hash >= 0 ? p.chars().substring(hash + 1).strip() : "";
        return new Answer(text, feedback, weight);
    }

    private static String text(String raw, String format) {
        String t = raw.strip();
        Matcher m = FORMAT.matcher(t);
        if (m.find()) {
            format = m.group(1);
            t = t.substring(m.end());
        }
        boolean html = format.equals("html") || (format.equals("moodle") && Markup.looksLikeHtml(t));
        return html ? Markup.htmlToMarkdown(t) : Markup.plain(t);
    }

    private static String join(String a, String b) {
        boolean ea = a == null || a.isBlank(), eb = b == null || b.isBlank();
        if (ea && eb) return null;
        if (ea) return b;
        if (eb) return a;
        return a + "\n\n" + b;
    }
}
