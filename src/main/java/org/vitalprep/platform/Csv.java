package org.vitalprep.platform;

import java.util.List;

/**
 * RFC 4180 CSV writing for exports that open in spreadsheets: fields quoted when needed, CRLF row ends, and
 * cells that a spreadsheet would run as a formula (starting with = + - @ tab or CR) prefixed with an apostrophe.
 */
public final class Csv {

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

    public static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) v = "'" + v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
