package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the CSV {@link CsvReader} reads (UTF-8 with a BOM so spreadsheet programs detect it, CRLF line ends,
 * RFC 4180 quoting): single-best-answer, multiple-response, true-false and numeric questions; the rest is skipped.
 */
final class CsvWriter {

    private CsvWriter() {
    }

    static Written write(List<Question> questions) {
        ExportLog log = new ExportLog();
        List<String> header = new ArrayList<>(List.of("id", "type", "stem"));
        CsvReader.LETTERS.forEach(l -> header.add("option_" + l));
        CsvReader.LETTERS.forEach(l -> header.add("rationale_" + l));
        header.addAll(List.of("key", "scoring", "rationale", "domains", "topic", "difficulty", "source"));
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        int n = 0;
        for (Question q : questions) {
            n++;
            QuestionType t = q.type();
            if (t != QuestionType.SINGLE_BEST_ANSWER && t != QuestionType.MULTIPLE_RESPONSE && t != QuestionType.TRUE_FALSE
                    && t != QuestionType.NUMERIC) {
                log.skipped(n, q, t.code() + ": CSV carries single-best-answer, multiple-response, true-false and numeric questions");
                continue;
            }
            if (q.strip() != null || q.image() != null) {
                log.skipped(n, q, "the question has " + (q.strip() != null ? "an EKG strip" : "an image") + ", which CSV cannot carry");
                continue;
            }
            if (q.options().size() > CsvReader.LETTERS.size()) {
                log.skipped(n, q, "more than " + CsvReader.LETTERS.size() + " options");
                continue;
            }
            List<String> notes = new ArrayList<>();
            List<String> row = new ArrayList<>(List.of(q.id(), t.code(), q.stem()));
            List<String> texts = new ArrayList<>(), rationales = new ArrayList<>();
            List<String> keyLetters = new ArrayList<>();
            for (int i = 0; i < CsvReader.LETTERS.size(); i++) {
                Question.Option o = i < q.options().size() ? q.options().get(i) : null;
                texts.add(o == null ? "" : o.text());
                rationales.add(o == null || o.rationale() == null ? "" : o.rationale());
                if (o != null && q.keyIds().contains(o.id())) keyLetters.add(CsvReader.LETTERS.get(i).toUpperCase(Locale.ROOT));
            }
            row.addAll(texts);
            row.addAll(rationales);
            String key = switch (t) {
                case TRUE_FALSE -> q.keyId();
                case NUMERIC -> MoodleXmlReader.number(q.numericKey().value()) + "±"
                        + MoodleXmlReader.number(q.numericKey().tolerance()) + " " + q.numericKey().unit();
                default -> String.join(";", keyLetters);
            };
            if (t == QuestionType.TRUE_FALSE) {
                row.set(3, "True");
                row.set(4, "False");
                row.set(3 + CsvReader.LETTERS.size(), nz(q.option("true").rationale()));
                row.set(4 + CsvReader.LETTERS.size(), nz(q.option("false").rationale()));
            }
            if (!q.commonErrors().isEmpty()) notes.add("common errors dropped: CSV has no column for them");
            row.addAll(List.of(key, t == QuestionType.MULTIPLE_RESPONSE ? nz(q.scoring()) : "", nz(q.rationale()),
                    String.join(";", q.domains()), nz(q.topic()), nz(q.difficulty()), nz(q.source())));
            line(csv, row);
            log.exported(n, q, notes);
        }
        return new Written(csv.toString().getBytes(StandardCharsets.UTF_8), log.report());
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) csv.append(',');
            csv.append(quote(fields.get(i)));
        }
        csv.append("\r\n");
    }

    static String quote(String s) {
        if (s.isEmpty()) return s;
        boolean needs = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") || s.contains(";")
                || !s.equals(s.strip());
        return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
