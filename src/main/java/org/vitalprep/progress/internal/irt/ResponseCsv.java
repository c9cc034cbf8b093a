package org.vitalprep.progress.internal.irt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads calibration input: a CSV file whose first row holds the item names and every further row one examinee's
 * responses, {@code 1} (right), {@code 0} (wrong) or empty (not presented), one per item.
 *
 * <p>Accepted: UTF-8 with or without a byte-order mark; LF, CRLF or CR line ends; fields in double quotes (with
 * {@code ""} for a quote inside); spaces around a value or a name (ignored); blank lines (skipped). Anything else
 * is a {@link CsvFormatException} naming the line and column: a response other than 1, 0 or empty, a row with
 * the wrong number of columns, an empty or repeated item name, an unclosed quote, text that is not UTF-8, a file
 * without examinee rows.
 */
public final class ResponseCsv {

    private ResponseCsv() {
    }

    /** A problem in the CSV text; {@link #line()} and {@link #column()} are 1-based, 0 when not applicable. */
    public static final class CsvFormatException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        CsvFormatException(int line, int column, String message) {
            super(prefix(line, column) + message);
            this.line = line;
            this.column = column;
        }

        private static String prefix(int line, int column) {
            if (line <= 0) return "";
            return column <= 0 ? "line " + line + ": " : "line " + line + ", column " + column + ": ";
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Reads a UTF-8 file. */
    public static ResponseMatrix read(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
            return read(reader);
        }
    }

    /** Reads CSV text from {@code reader} (which it does not close). */
    public static ResponseMatrix read(Reader reader) throws IOException {
        Tokenizer in = new Tokenizer(reader);
        List<String> header = in.nextRecord();
        while (header != null && header.size() == 1 && in.blankRecord) header = in.nextRecord();
        if (header == null) throw new CsvFormatException(1, 0, "the file is empty; expected a header row of item names");
        int headerLine = in.recordLine;
        List<String> names = new ArrayList<>(header.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            if (name.isEmpty()) throw new CsvFormatException(headerLine, c + 1, "empty item name in the header row");
            Integer before = seen.putIfAbsent(name, c + 1);
            if (before != null) throw new CsvFormatException(headerLine, c + 1, "item name \"" + name + "\" repeats column " + before);
            names.add(name);
        }
        ResponseMatrix.Builder builder = ResponseMatrix.builder(names);
        int[] row = new int[names.size()];
        int rows = 0;
        List<String> fields;
        while ((fields = in.nextRecord()) != null) {
            if (fields.size() == 1 && in.blankRecord) continue;
            int line = in.recordLine;
            if (fields.size() != names.size()) {
                throw new CsvFormatException(line, 0, "expected " + names.size() + " columns (one per item), found " + fields.size());
            }
            for (int c = 0; c < row.length; c++) {
                String v = fields.get(c).strip();
                row[c] = switch (v) {
                    case "1" -> 1;
                    case "0" -> 0;
                    case "" -> ResponseMatrix.MISSING;
                    default -> throw new CsvFormatException(line, c + 1, "item \"" + names.get(c)
                            + "\": expected 1, 0 or empty (not presented), found \"" + abbreviate(fields.get(c)) + "\"");
                };
            }
            builder.addRow(row);
            rows++;
        }
        if (rows == 0) throw new CsvFormatException(headerLine + 1, 0, "no examinee rows after the header");
        return builder.build();
    }

    private static String abbreviate(String s) {
        String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        StringBuilder b = new StringBuilder();
        shown.codePoints().forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f) b.append(String.format("\\u%04x", cp));
            else b.appendCodePoint(cp);
        });
        return b.toString();
    }

    /** Splits the text into records of fields (RFC 4180 quoting), tracking line numbers. */
    private static final class Tokenizer {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int limit;
        private int line = 1;        // line of the next character
        private boolean started;
        private boolean eof;
        int recordLine;              // line where the last record began
        boolean blankRecord;         // the last record had no characters at all

        Tokenizer(Reader reader) {
            this.reader = reader;
        }

        private int peek() throws IOException {
            if (pos == limit) {
                if (eof) return -1;
                try {
                    limit = reader.read(buffer, 0, buffer.length);
                } catch (CharacterCodingException e) {
                    throw new CsvFormatException(line, 0, "the text is not valid UTF-8 (" + e.getMessage() + ")");
                }
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    return -1;
                }
            }
            return buffer[pos];
        }

        private int next() throws IOException {
            int c = peek();
            if (c >= 0) pos++;
            return c;
        }

        /** Consumes a line end (LF, CRLF or CR) if there is one; returns whether there was. */
        private boolean lineEnd() throws IOException {
            int c = peek();
            if (c == '\n') {
                pos++;
                line++;
                return true;
            }
            if (c == '\r') {
                pos++;
                if (peek() == '\n') pos++;
                line++;
                return true;
            }
            return false;
        }

        /** The next record, or null at the end of the text. */
        List<String> nextRecord() throws IOException {
            if (!started) {
                started = true;
                if (peek() == '\uFEFF') pos++;
            }
            if (peek() < 0) return null;
            recordLine = line;
            blankRecord = true;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                int c = peek();
                if (c == '"' && field.isEmpty()) {            // quoted field
                    blankRecord = false;
                    int quoteLine = line, column = fields.size() + 1;
                    pos++;
                    while (true) {
                        int q = peek();
                        if (q < 0) throw new CsvFormatException(quoteLine, column, "quoted field is not closed");
                        if (q == '"') {
                            pos++;
                            if (peek() == '"') {
                                pos++;
                                field.append('"');
                            } else {
                                break;
                            }
                        } else if (q == '\n' || q == '\r') {
                            lineEnd();
                            field.append('\n');
                        } else {
                            field.append((char) next());
                        }
                    }
                    int after = peek();
                    if (after == ' ' || after == '\t') {           // allow spaces after the closing quote
                        while (peek() == ' ' || peek() == '\t') pos++;
                        after = peek();
                    }
                    if (after != ',' && after != '\n' && after != '\r' && after >= 0) {
                        throw new CsvFormatException(line, column, "unexpected text after the closing quote");
                    }
                    continue;
                }
                if (c == ',') {
                    blankRecord = false;
                    pos++;
                    fields.add(field.toString());
                    field.setLength(0);
                    continue;
                }
                if (c < 0 || lineEnd()) {
                    fields.add(field.toString());
                    return fields;
                }
                blankRecord = false;
                field.append((char) next());
            }
        }
    }
}
