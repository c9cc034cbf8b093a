package org.vitalprep.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTest {

    @Test
    void rendersTablesAndEmphasis() {
        String html = Markdown.toSafeHtml("**Bold** text\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        assertThat(html).contains("<strong>Bold</strong>").contains("<table>").contains("<td>1</td>");
    }

    @Test
    void rawHtmlAndScriptsNeverSurvive() {
        String html = Markdown.toSafeHtml("""
                <script>alert(1)</script>
                <img src=x onerror=alert(2)>
                [click](javascript:alert(3))
                <a href="#" onclick="alert(4)">x</a>

                [link](javascript:alert(5)) and <b onmouseover="alert(6)">bold</b>
                """);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, iframe, object, embed, style")).isEmpty();
        assertThat(doc.getAllElements()).allSatisfy(e -> e.attributes().forEach(a -> {
            assertThat(a.getKey()).doesNotStartWith("on");
            assertThat(a.getValue()).doesNotContainIgnoringCase("javascript:");
        }));
        // the hostile text is shown as text, not dropped silently
        assertThat(doc.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void plainTextDropsMarkup() {
        assertThat(Markdown.toPlainText("A *very* `simple` stem")).isEqualTo("A very simple stem");
    }
}
