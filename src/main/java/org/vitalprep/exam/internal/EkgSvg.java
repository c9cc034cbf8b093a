package org.vitalprep.exam.internal;

import java.util.Locale;

/**
 * Draws an {@link EkgStrip} as SVG on standard ECG paper: 25 mm/s and 10 mm/mV, so one small box (1 mm) is
 * 0.04 s and 0.1 mV and one large box (5 mm) is 0.20 s and 0.5 mV. Coordinates are millimetres. Tick marks
 * every 3 seconds along the top, as on printed strips. The drawing carries no rhythm name: it must not reveal
 * the answer. Pure logic.
 */
public final class EkgSvg {

    public static final double MM_PER_SECOND = 25;
    public static final double MM_PER_MV = 10;
    static final double HEIGHT_MM = 30;
    static final double BASELINE_MM = 18;

    private EkgSvg() {
    }

    public static String render(EkgStrip.Strip strip, String label) {
        double width = EkgStrip.DURATION_MS / 1000.0 * MM_PER_SECOND;
        StringBuilder svg = new StringBuilder(48_000);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ekg-strip\" viewBox=\"0 0 %.0f %.0f\" "
                        + "preserveAspectRatio=\"xMinYMin meet\" role=\"img\" aria-label=\"%s\">",
                width, HEIGHT_MM, escape(label)));
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(fmt(width)).append("\" height=\"").append(fmt(HEIGHT_MM))
                .append("\" fill=\"#fff8f8\"/>");
        StringBuilder small = new StringBuilder();
        StringBuilder large = new StringBuilder();
        for (int x = 0; x <= width; x++) (x % 5 == 0 ? large : small).append("M").append(x).append(" 0V").append(fmt(HEIGHT_MM));
        for (int y = 0; y <= HEIGHT_MM; y++) (y % 5 == 0 ? large : small).append("M0 ").append(y).append("H").append(fmt(width));
        svg.append("<path d=\"").append(small).append("\" stroke=\"#f3b6b6\" stroke-width=\"0.06\" fill=\"none\"/>");
        svg.append("<path d=\"").append(large).append("\" stroke=\"#e07070\" stroke-width=\"0.18\" fill=\"none\"/>");
        for (int s = 0; s <= 6; s += 3) {
            double x = s * MM_PER_SECOND;
            svg.append(String.format(Locale.ROOT, "<path d=\"M%.2f 0V2\" stroke=\"#333\" stroke-width=\"0.4\"/>", Math.min(x, width - 0.2)));
        }
        StringBuilder points = new StringBuilder();
        double[] mv = strip.millivolts();
        for (int i = 0; i < mv.length; i++) {
            double x = i * EkgStrip.SAMPLE_MS / 1000.0 * MM_PER_SECOND;
            double y = Math.max(0.2, Math.min(HEIGHT_MM - 0.2, BASELINE_MM - mv[i] * MM_PER_MV));
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        }
        svg.append("<polyline points=\"").append(points.toString().trim())
                .append("\" fill=\"none\" stroke=\"#111\" stroke-width=\"0.3\" stroke-linejoin=\"round\"/>");
        svg.append("</svg>");
        return svg.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
