package org.vitalprep.progress;

import java.util.List;
import java.util.Locale;

/** Small SVG charts drawn on the server (no chart library in the browser). Pure logic. */
public final class Charts {

    private Charts() {
    }

    /** A point of a daily series; {@code value} null where there is no data that day. */
    public record Point(String label, Integer value, int count) {}

    /**
     * Accuracy over time: bars for the number of answers, a line for the percent correct (days without answers
     * leave a gap). Accessible: a title and a description summarise it for screen readers.
     */
    public static String accuracyOverTime(List<Point> points, String title, String description) {
        int w = 600, h = 200, left = 36, right = 10, top = 10, bottom = 28;
        double plotW = w - left - right, plotH = h - top - bottom;
        int maxCount = Math.max(1, points.stream().mapToInt(Point::count).max().orElse(1));
        double step = plotW / Math.max(1, points.size());
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" "
                + "aria-labelledby=\"chart-title chart-desc\" class=\"chart\">", w, h));
        s.append("<title id=\"chart-title\">").append(esc(title)).append("</title>");
        s.append("<desc id=\"chart-desc\">").append(esc(description)).append("</desc>");
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = top + plotH * (1 - pct / 100.0);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#d0d4da\" stroke-width=\"1\"/>",
                    left, y, w - right, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\" fill=\"#444\">%d%%</text>",
                    left - 4, y + 4, pct));
        }
        List<StringBuilder> segments = new java.util.ArrayList<>();
        StringBuilder segment = null;
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = left + step * i + step / 2;
            if (p.count() > 0) {
                double bh = plotH * 0.35 * p.count() / maxCount;
                s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c9dcf5\"/>",
                        x - step * 0.35, top + plotH - bh, step * 0.7, bh));
            }
            if (p.value() != null) {
                double y = top + plotH * (1 - p.value() / 100.0);
                if (segment == null) {
                    segment = new StringBuilder("M");
                    segments.add(segment);
                } else {
                    segment.append("L");
                }
                segment.append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
                s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1f5fbf\"/>", x, y));
            } else {
                segment = null; // a day without answers leaves a gap in the line
            }
            if (i % 7 == 0 || i == points.size() - 1) {
                s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\" fill=\"#444\">%s</text>",
                        x, h - 8, esc(p.label())));
            }
        }
        for (StringBuilder seg : segments) {
            s.append("<path d=\"").append(seg.toString().trim()).append("\" fill=\"none\" stroke=\"#1f5fbf\" stroke-width=\"2\"/>");
        }
        if (points.stream().noneMatch(p -> p.count() > 0)) {
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"14\" text-anchor=\"middle\" fill=\"#444\">No answers yet</text>",
                    w / 2, h / 2));
        }
        s.append("</svg>");
        return s.toString();
    }

    /** A horizontal bar from 0 to 100 with a marker at the passing standard and a band for the likely range. */
    public static String readinessBar(Integer low, Integer high, Integer expected, int cut, String label) {
        int w = 300, h = 34;
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" class=\"readiness-bar\">",
                w, h, esc(label)));
        s.append("<rect x=\"0\" y=\"10\" width=\"300\" height=\"12\" rx=\"6\" fill=\"#e6e9ee\"/>");
        if (low != null && high != null) {
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"10\" width=\"%.1f\" height=\"12\" rx=\"6\" fill=\"%s\"/>",
                    3.0 * low, Math.max(3.0, 3.0 * (high - low)), high < cut ? "#d9534f" : low >= cut ? "#2e8b57" : "#e0a800"));
        }
        if (expected != null) {
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"16\" r=\"5\" fill=\"#1b1f24\"/>", 3.0 * expected));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"4\" x2=\"%.1f\" y2=\"28\" stroke=\"#1b1f24\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>",
                3.0 * cut, 3.0 * cut));
        s.append("</svg>");
        return s.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
