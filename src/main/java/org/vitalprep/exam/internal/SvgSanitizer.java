package org.vitalprep.exam.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps only drawing elements and presentation attributes of an authored SVG: no scripts, event handlers,
 * foreignObject, external references or styles that could load anything. The one reference kept is an
 * {@code <image>} whose {@code href} embeds a raster picture (PNG, JPEG, GIF or WebP as a base64 data URI): a
 * bitmap cannot run script, and imported Moodle questions carry their pictures that way. Pure logic.
 */
public final class SvgSanitizer {

    private static final Set<String> ELEMENTS = Set.of("svg", "g", "path", "rect", "circle", "ellipse", "line",
            "polyline", "polygon", "text", "tspan", "title", "desc", "defs", "marker", "lineargradient",
            "radialgradient", "stop", "image");
    /** A raster picture embedded in the document itself; nothing else may be referenced. */
    private static final java.util.regex.Pattern RASTER = java.util.regex.Pattern.compile(
            "data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/]+=*");
    private static final Set<String> ATTRIBUTES = Set.of("viewbox", "width", "height", "x", "y", "x1", "y1", "x2",
            "y2", "cx", "cy", "r", "rx", "ry", "d", "points", "fill", "stroke", "stroke-width", "stroke-dasharray",
            "stroke-linecap", "stroke-linejoin", "opacity", "fill-opacity", "stroke-opacity", "transform",
            "font-size", "font-family", "font-weight", "text-anchor", "dominant-baseline", "id", "class",
            "xmlns", "preserveaspectratio", "markerwidth", "markerheight", "refx", "refy", "orient", "offset",
            "stop-color", "marker-end", "marker-start", "role", "aria-label", "dx", "dy");

    private SvgSanitizer() {
    }

    public static String sanitize(String svg) {
        Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
        Element root = doc.children().stream().filter(e -> e.normalName().equals("svg")).findFirst().orElse(null);
        if (root == null) return "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
        clean(root);
        if (!root.hasAttr("xmlns")) root.attr("xmlns", "http://www.w3.org/2000/svg");
        doc.outputSettings().prettyPrint(false);
        return root.outerHtml();
    }

    private static void clean(Element e) {
        List<Attribute> attrs = new ArrayList<>(e.attributes().asList());
        for (Attribute a : attrs) {
            String name = a.getKey().toLowerCase(Locale.ROOT);
            String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
            boolean urlRef = value.contains("url(") && !value.matches("url\\(#[a-z0-9_-]+\\)");
            if (e.normalName().equals("image") && (name.equals("href") || name.equals("xlink:href"))) {
                String raw = a.getValue().replaceAll("\\s", "");
                e.removeAttr(a.getKey());
                if (RASTER.matcher(raw).matches()) e.attr("href", raw);
                continue;
            }
            if (!ATTRIBUTES.contains(name) || value.contains("javascript:") || value.contains("data:") || urlRef) {
                e.removeAttr(a.getKey());
            }
        }
        for (Element child : new ArrayList<>(e.children())) {
            if (!ELEMENTS.contains(child.normalName())) child.remove();
            else clean(child);
        }
        if (e.normalName().equals("image") && !e.hasAttr("href")) e.remove(); // nothing left to show
    }
}
