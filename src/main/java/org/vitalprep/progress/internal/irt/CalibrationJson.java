package org.vitalprep.progress.internal.irt;

/**
 * The calibration CLI's output, written by hand (no library):
 * <pre>{"model": "2pl", "logLikelihood": -2658.805..., "items": [{"name": "Item 1", "a": 0.987..., "b": -1.879...}, ...]}</pre>
 * Numbers are written with {@link Double#toString(double)}, the shortest text that reads back as the same double;
 * names are escaped as JSON requires.
 */
public final class CalibrationJson {

    private CalibrationJson() {
    }

    public static String toJson(Calibration.Result result) {
        StringBuilder out = new StringBuilder(64 + 64 * result.items().size());
        out.append("{\"model\": ");
        string(out, result.model().id());
        out.append(", \"logLikelihood\": ");
        number(out, result.logLikelihood());
        out.append(", \"items\": [");
        for (int i = 0; i < result.items().size(); i++) {
            ItemParameters item = result.items().get(i);
            if (i > 0) out.append(", ");
            out.append("{\"name\": ");
            string(out, item.name());
            out.append(", \"a\": ");
            number(out, item.a());
            out.append(", \"b\": ");
            number(out, item.b());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static void number(StringBuilder out, double v) {
        if (!Double.isFinite(v)) throw new IllegalArgumentException("JSON has no representation for " + v);
        out.append(Double.toString(v));
    }

    static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
