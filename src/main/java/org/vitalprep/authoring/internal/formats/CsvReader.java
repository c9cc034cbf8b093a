package org.vitalprep.authoring.internal.formats;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes; a header row is required;
 * columns are matched by name, case-insensitively; a header with semicolons and no commas means ';'-separated).
 * Columns: id, type, stem, option_a..option_h, rationale_a..rationale_h, key, scoring, rationale, domains
 * (semicolon-separated), topic, difficulty, source. Types: single-best-answer (the default), multiple-response,
 * true-false, numeric. key: "B"; "A;C" for multiple-response; "true"/"false" (or T/F) for true-false (rationale_a
 * is for True, rationale_b for False); for numeric "VALUE±TOLERANCE UNIT" such as "2.5±0.05 mL" ("+/-" also works;
 * no tolerance means 0). Rows are reported by the line they start on.
 */
final class CsvReader {

    static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    private static final Set<String> KNOWN = knownColumns();
    private static final Pattern NUMERIC_KEY = Pattern.compile(
            "^\\s*([-+]?[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*(?:(?:±|\\+/-|\\+-)\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?))?\\s*(.*?)\\s*$");

    private CsvReader() {
    }

    private static Set<String> knownColumns() {
        List<String> cols = new ArrayList<>(List.of("id", "type", "stem", "key", "scoring", "rationale", "domains",
                "topic", "difficulty", "source"));
        for (String l : LETTERS) {
            cols.add("option_" + l);
            cols.add("rationale_" + l);
        }
        return Set.copyOf(cols);
    }

    /** One record: its fields and the line it starts on. */
    record Row(int line, List<String> fields) {}

    /** RFC 4180 records; a quote left open is an error naming where it opened. */
    static List<Row> records(String text, char separator) throws FormatException {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1, col = 0, rowLine = 1;
        boolean quoted = false, wasQuoted = false;
        int quoteLine = 0, quoteCol = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            col++;
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                        col++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                }
                continue;
            }
            if (c == '"') {
                if (!field.isEmpty() || wasQuoted) {
                    if (field.toString().isBlank() && !wasQuoted) {
                        field.setLength(0);
                    } else {
                        throw FormatException.at(line, col, "a quote inside an unquoted field (quote the whole field and double the quote: \"\")");
                    }
                }
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                quoteCol = col;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
                rows.add(new Row(rowLine, fields));
                fields = new ArrayList<>();
                line++;
                col = 0;
                rowLine = line;
            } else if (wasQuoted) {
                if (!Character.isWhitespace(c)) {
                    throw FormatException.at(line, col, "text after the closing quote of a field (expected '" + separator + "' or a line end)");
                }
            } else {
                field.append(c);
            }
        }
        if (quoted) throw FormatException.at(quoteLine, quoteCol, "the quote opened here is never closed");
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(field.toString());
            rows.add(new Row(rowLine, fields));
        }
        return rows;
    }

    static void read(String text, ImportOptions options, ItemCollector out) throws FormatException {
        String firstLine = text.lines().findFirst().orElse("");
        char separator = !firstLine.contains(",") && firstLine.contains(";") ? ';' : ',';
        List<Row> rows = records(text, separator);
        rows = rows.stream().filter(r -> r.fields.stream().anyMatch(f -> !f.isBlank())).toList();
        if (rows.isEmpty()) throw new FormatException("line 1", "the file is empty; it needs a header row (id,type,stem,option_a,...)");
        Row header = rows.getFirst();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.fields.size(); i++) {
            String name = header.fields.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (name.isEmpty()) continue;
            if (columns.containsKey(name)) throw new FormatException("line " + header.line, "column '" + name + "' appears twice in the header");
            columns.put(name, i);
        }
        if (!columns.containsKey("stem")) {
            throw new FormatException("line " + header.line, "the header has no 'stem' column (found: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        if (!columns.containsKey("key")) {
            throw new FormatException("line " + header.line, "the header has no 'key' column (found: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        for (String c : columns.keySet()) {
            if (!KNOWN.contains(c)) out.file(ConversionReport.Status.SKIPPED, "line " + header.line, "column '" + c + "' is not a known column: ignored");
        }
        for (Row row : rows.subList(1, rows.size())) {
            String where = "line " + row.line;
            if (row.fields.size() > header.fields.size()) {
                out.reject(where, "the row has " + row.fields.size() + " fields; the header has " + header.fields.size()
                        + " (quote fields that contain '" + separator + "')");
                continue;
            }
            Map<String, String> v = new LinkedHashMap<>();
            columns.forEach((name, i) -> v.put(name, i < row.fields.size() ? row.fields.get(i).strip() : ""));
            row(v, where, options, out);
        }
    }

    private static void row(Map<String, String> v, String where, ImportOptions options, ItemCollector out) {
        String type = get(v, "type").toLowerCase(Locale.ROOT);
        if (type.isEmpty()) type = "single-best-answer";
        if (Set.of("ordering", "matching", "hotspot", "ekg-strip").contains(type)) {
            out.skip(where, type + ": CSV carries single-best-answer, multiple-response, true-false and numeric questions");
            return;
        }
        ObjectNode q = ItemCollector.object();
        List<String> notes = new ArrayList<>();
        if (!get(v, "id").isEmpty()) q.put("id", get(v, "id"));
        q.put("stem", Markup.plain(get(v, "stem")));
        String key = get(v, "key");
        String problem = switch (type) {
            case "single-best-answer", "multiple-response" -> choice(q, v, type, key);
            case "true-false" -> trueFalse(q, v, key);
            case "numeric" -> numeric(q, key);
            default -> "unknown type '" + type + "' (use single-best-answer, multiple-response, true-false or numeric)";
        };
        if (problem != null) {
            out.reject(where, problem);
            return;
        }
        if (!type.equals("multiple-response") && !get(v, "scoring").isEmpty()) notes.add("scoring applies to multiple-response only: ignored");
        putIf(q, "rationale", Markup.plain(get(v, "rationale")));
        String domains = get(v, "domains");
        if (!domains.isEmpty()) {
            ArrayNode d = q.putArray("domains");
            for (String s : domains.split("[;\\n]")) if (!s.isBlank()) d.add(s.strip());
        }
        putIf(q, "topic", get(v, "topic"));
        putIf(q, "difficulty", get(v, "difficulty").toLowerCase(Locale.ROOT));
        putIf(q, "source", get(v, "source"));
        out.accept(where, null, options.module(), q, notes);
    }

    private static String choice(ObjectNode q, Map<String, String> v, String type, String key) {
        q.put("type", type);
        ArrayNode opts = q.putArray("options");
        List<String> present = new ArrayList<>();
        for (String l : LETTERS) {
            String text = get(v, "option_" + l);
            String rationale = get(v, "rationale_" + l);
            if (text.isEmpty()) {
                if (!rationale.isEmpty()) return "rationale_" + l + " is given but option_" + l + " is empty";
                continue;
            }
            ObjectNode o = opts.addObject();
            o.put("id", l);
            o.put("text", Markup.plain(text));
            putIf(o, "rationale", Markup.plain(rationale));
            present.add(l);
        }
        List<String> keys = new ArrayList<>();
        for (String k : key.split("[;,\\s]+")) {
            if (k.isBlank()) continue;
            String l = k.strip().toLowerCase(Locale.ROOT);
            if (!present.contains(l)) return "key '" + k.strip() + "' is not among the options " + present.stream().map(x -> x.toUpperCase(Locale.ROOT)).toList();
            if (!keys.contains(l)) keys.add(l);
        }
        if (keys.isEmpty()) return "the key is empty (give the letter of the correct option, e.g. B)";
        if (type.equals("single-best-answer")) {
            if (keys.size() != 1) return "a single-best-answer key is one letter, not '" + key + "' (use type multiple-response)";
            q.put("key", keys.getFirst());
        } else {
            ArrayNode k = q.putArray("key");
            keys.forEach(k::add);
            String scoring = get(v, "scoring").toLowerCase(Locale.ROOT);
            if (!scoring.isEmpty()) q.put("scoring", scoring);
        }
        return null;
    }

    private static String trueFalse(ObjectNode q, Map<String, String> v, String key) {
        boolean swapped = get(v, "option_a").equalsIgnoreCase("false") || get(v, "option_b").equalsIgnoreCase("true");
        String k = key.strip().toLowerCase(Locale.ROOT);
        String keyId = switch (k) {
            case "true", "t" -> "true";
            case "false", "f" -> "false";
            case "a" -> swapped ? "false" : "true";
            case "b" -> swapped ? "true" : "false";
            default -> null;
        };
        if (keyId == null) return "a true-false key is true or false, not '" + key + "'";
        ItemCollector.trueFalse(q, keyId, Markup.plain(get(v, swapped ? "rationale_b" : "rationale_a")),
                Markup.plain(get(v, swapped ? "rationale_a" : "rationale_b")));
        return null;
    }

    private static String numeric(ObjectNode q, String key) {
        Matcher m = NUMERIC_KEY.matcher(key);
        if (key.isBlank() || !m.matches()) return "a numeric key is VALUE±TOLERANCE UNIT, e.g. 2.5±0.05 mL, not '" + key + "'";
        if (m.group(3).isEmpty()) return "the numeric key '" + key + "' has no unit: write it as VALUE±TOLERANCE UNIT, e.g. 2.5±0.05 mL";
        q.put("type", "numeric");
        ObjectNode k = q.putObject("key");
        k.put("value", Double.parseDouble(m.group(1)));
        k.put("tolerance", m.group(2) == null ? 0 : Double.parseDouble(m.group(2)));
        k.put("unit", m.group(3));
        return null;
    }

    private static String get(Map<String, String> v, String column) {
        String s = v.get(column);
        return s == null ? "" : s;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) n.put(field, value);
    }
}
