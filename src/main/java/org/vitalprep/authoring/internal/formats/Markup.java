package org.vitalprep.authoring.internal.formats;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Question text between the native format's Markdown and the HTML of Moodle files. HTML becomes the small
 * Markdown subset the banks use: paragraphs and line breaks as newlines, bold as **, italics as *, list items as
 * "- " or "1. ", links as [text](url), entities decoded, every other tag dropped (its text kept). Pure logic.
 */
final class Markup {

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern BULLET = Pattern.compile("^[-*] (.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\d+\\. (.*)$");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎";
    private static final String SCRIPT_SOURCE = "0123456789+-=()";

    private Markup() {
    }

    /** Whether text in Moodle's "auto" format is really HTML (has tags or entities). */
    static boolean looksLikeHtml(String s) {
        return s != null && (TAG.matcher(s).find() || ENTITY.matcher(s).find());
    }

    static String htmlToMarkdown(String html) {
        if (html == null || html.isBlank()) return "";
        return htmlToMarkdown(Jsoup.parseBodyFragment(html).body());
    }

    /** The Markdown of an element's content (the caller may have removed images from it first). */
    static String htmlToMarkdown(Element root) {
        Out out = new Out(true);
        for (Node child : root.childNodes()) render(child, out, false);
        return tidy(out.sb.toString());
    }

    /** Plain text as the native format keeps it: newlines normalised, lines right-trimmed, outer blank lines gone. */
    static String plain(String text) {
        return text == null ? "" : tidy(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    static String markdownToHtml(String md) {
        if (md == null || md.isBlank()) return "";
        StringBuilder html = new StringBuilder();
        for (String block : md.strip().split("\n[ \t]*\n")) {
            block = block.strip();
            if (block.isEmpty()) continue;
            List<String> lines = block.lines().toList();
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                html.append("<ul>");
                lines.forEach(l -> html.append("<li>").append(inline(BULLET.matcher(l).replaceFirst("$1"))).append("</li>"));
                html.append("</ul>");
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                html.append("<ol>");
                lines.forEach(l -> html.append("<li>").append(inline(NUMBERED.matcher(l).replaceFirst("$1"))).append("</li>"));
                html.append("</ol>");
            } else {
                html.append("<p>").append(String.join("<br>\n", lines.stream().map(Markup::inline).toList())).append("</p>");
            }
        }
        return html.toString();
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String inline(String text) {
        String s = escapeHtml(text);
        s = LINK.matcher(s).replaceAll("<a href=\"$2\">$1</a>");
        s = BOLD.matcher(s).replaceAll("<strong>$1</strong>");
        s = ITALIC.matcher(s).replaceAll("<em>$1</em>");
        return s;
    }

    private static String tidy(String s) {
        String t = s.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
        return t.replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Output with HTML whitespace rules: runs collapse to one space, none at the start of a line. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder();
        final boolean dropLeading;

        Out(boolean dropLeading) {
            this.dropLeading = dropLeading;
        }

        void text(String raw) {
            String t = raw.replace('\u00a0', ' ').replaceAll("[ \\t\\n\\r\\f]+", " ");
            if (t.startsWith(" ") && (sb.isEmpty() ? dropLeading : Character.isWhitespace(sb.charAt(sb.length() - 1)))) {
                t = t.substring(1);
            }
            sb.append(t);
        }

        void raw(String s) {
            sb.append(s);
        }

        void newline() {
            trimEnd();
            sb.append('\n');
        }

        /** Starts a new line unless already at the start of one. */
        void lineStart() {
            trimEnd();
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
        }

        void block() {
            trimEnd();
            if (sb.isEmpty() || sb.toString().endsWith("\n\n")) return;
            sb.append(sb.charAt(sb.length() - 1) == '\n' ? "\n" : "\n\n");
        }

        private void trimEnd() {
            int n = sb.length();
            while (n > 0 && (sb.charAt(n - 1) == ' ' || sb.charAt(n - 1) == '\t')) n--;
            sb.setLength(n);
        }
    }

    private static void render(Node node, Out out, boolean inItem) {
        if (node instanceof TextNode t) {
            out.text(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) return;
        switch (e.normalName()) {
            case "script", "style", "head", "title", "img", "audio", "video", "object", "iframe" -> { }
            case "br" -> out.newline();
            case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "table",
                 "figure", "figcaption", "header", "footer", "dl", "hr" -> {
                if (inItem) {
                    out.text(" ");
                    children(e, out, true);
                    out.text(" ");
                } else {
                    out.block();
                    children(e, out, false);
                    out.block();
                }
            }
            case "pre" -> {
                out.block();
                out.raw(e.wholeText().strip());
                out.block();
            }
            case "strong", "b" -> wrap(e, out, "**");
            case "em", "i", "cite", "var" -> wrap(e, out, "*");
            case "code", "kbd", "samp", "tt" -> wrap(e, out, "`");
            case "ul", "ol" -> {
                boolean numbered = e.normalName().equals("ol");
                out.block();
                int n = 1;
                for (Element li : e.children()) {
                    if (!li.normalName().equals("li")) continue;
                    out.raw(numbered ? (n++) + ". " : "- ");
                    children(li, out, true);
                    out.newline();
                }
                out.block();
            }
            case "li" -> {
                out.lineStart();
                out.raw("- ");
                children(e, out, true);
                out.newline();
            }
            case "tr" -> {
                out.lineStart();
                boolean first = true;
                for (Element cell : e.children()) {
                    if (!first) out.raw(" | ");
                    first = false;
                    children(cell, out, true);
                }
                out.newline();
            }
            case "dt", "dd" -> {
                out.lineStart();
                children(e, out, true);
                out.newline();
            }
            case "sup", "sub" -> {
                String text = e.text();
                String table = e.normalName().equals("sup") ? SUPERSCRIPTS : SUBSCRIPTS;
                if (text.chars().allMatch(c -> SCRIPT_SOURCE.indexOf(c) >= 0)) {
                    StringBuilder sb = new StringBuilder();
                    text.chars().forEach(c -> sb.append(table.charAt(SCRIPT_SOURCE.indexOf(c))));
                    out.raw(sb.toString());
                } else {
                    out.text(text);
                }
            }
            case "a" -> {
                String href = e.attr("href");
                String text = e.text().strip();
                if (href.matches("https?://\\S+") && !text.isEmpty() && !text.equals(href)) {
                    out.text(" ".repeat(e.text().startsWith(" ") ? 1 : 0));
                    out.raw("[" + text + "](" + href + ")");
                } else {
                    children(e, out, inItem);
                }
            }
            default -> children(e, out, inItem);
        }
    }

    private static void children(Element e, Out out, boolean inItem) {
        for (Node child : e.childNodes()) render(child, out, inItem);
    }

    private static void wrap(Element e, Out out, String marker) {
        Out inner = new Out(false);
        for (Node child : e.childNodes()) render(child, inner, true);
        String s = inner.sb.toString().replace('\n', ' ');
        String core = s.strip();
        if (core.isEmpty()) {
            out.text(s);
            return;
        }
        if (Character.isWhitespace(s.charAt(0))) out.text(" ");
        out.raw(marker + core + marker);
        if (Character.isWhitespace(s.charAt(s.length() - 1))) out.text(" ");
    }
}
