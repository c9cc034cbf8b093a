package org.vitalprep.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * RFC 4180 CSV writing for exports that open in spreadsheets: fields quoted when they contain a comma, quote, CR
 * or LF (quotes doubled), CRLF row ends, optionally a UTF-8 byte-order mark so Excel reads accents, and cells that a
 * spreadsheet would run as a formula (starting with = + - @ tab or CR) prefixed with an apostrophe. Plain numbers
 * such as {@code -4.5} are left alone. Pure: no framework imports.
 */
public final class Csv {

    /** The characters that make a spreadsheet treat a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** The rows as CSV text; with {@code bom}, a leading byte-order mark so Excel reads UTF-8. */
    public static String write(List<List<String>> rows, boolean bom) {
        StringBuilder sb = new StringBuilder(bom ? "\uFEFF" : "");
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(field(row.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** {@link #write} encoded as UTF-8. */
    public static byte[] bytes(List<List<String>> rows, boolean bom) {
        return write(rows, bom).getBytes(StandardCharsets.UTF_8);
    }

    /** One field: neutralised if formula-like, then quoted if needed; null is an empty field. */
    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && FORMULA_STARTS.indexOf(v.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(v).matches()) v = "'" + v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
