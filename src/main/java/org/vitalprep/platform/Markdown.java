package org.vitalprep.platform;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

import java.util.List;

/**
 * Markdown to HTML that is safe to show: raw HTML in the source is escaped, and the output is sanitized with
 * an allow-list (no scripts, event handlers, styles or javascript: links), whoever wrote the text.
 */
public final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .removeTags("img")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addProtocols("a", "href", "http", "https", "mailto");

    private Markdown() {
    }

    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isEmpty()) return "";
        String html = RENDERER.render(PARSER.parse(markdown));
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFE, out);
    }

    /** Markdown reduced to plain text (for titles, summaries and accessible labels). */
    public static String toPlainText(String markdown) {
        return Jsoup.parse(toSafeHtml(markdown)).text();
    }
}
