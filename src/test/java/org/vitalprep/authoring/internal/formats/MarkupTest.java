package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML from Moodle to the Markdown subset of the banks, and back. */
class MarkupTest {

    @Test
    void htmlBecomesMarkdownIshText() {
        assertThat(Markup.htmlToMarkdown("<p>One&nbsp;<b>bold</b> and <i>it</i>.</p><p>Two<br/>three</p>"))
                .isEqualTo("One **bold** and *it*.\n\nTwo\nthree");
        assertThat(Markup.htmlToMarkdown("<ul><li>a</li><li><p>b</p></li></ul><ol><li>c</li></ol>"))
                .isEqualTo("- a\n- b\n\n1. c");
        assertThat(Markup.htmlToMarkdown("<span style=\"x\">K<sup>+</sup> &lt; 5 &amp; CO<sub>2</sub></span><script>x</script>"))
                .isEqualTo("K⁺ < 5 & CO₂");
        assertThat(Markup.htmlToMarkdown("<p>See <a href=\"https://cdc.gov/x\">CDC</a>.</p>")).isEqualTo("See [CDC](https://cdc.gov/x).");
        assertThat(Markup.htmlToMarkdown("<strong> spaced </strong>word")).isEqualTo("**spaced** word");
        assertThat(Markup.htmlToMarkdown("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"))
                .isEqualTo("a | b\nc | d");
    }

    @Test
    void markdownBecomesHtmlAndBack() {
        String md = "A **bold** and *italic* <30 & more\nsecond line\n\n- one\n- two\n\nSee [CDC](https://cdc.gov).";
        String html = Markup.markdownToHtml(md);
        assertThat(html).isEqualTo("<p>A <strong>bold</strong> and <em>italic</em> &lt;30 &amp; more<br>\nsecond line</p>"
                + "<ul><li>one</li><li>two</li></ul><p>See <a href=\"https://cdc.gov\">CDC</a>.</p>");
        assertThat(Markup.htmlToMarkdown(html)).isEqualTo(md);
        assertThat(Markup.markdownToHtml("5 * 3 * 2 and ______")).isEqualTo("<p>5 * 3 * 2 and ______</p>");
    }

    @Test
    void moodleAutoFormatIsHtmlOnlyWithTagsOrEntities() {
        assertThat(Markup.looksLikeHtml("a < b and c > d")).isFalse();
        assertThat(Markup.looksLikeHtml("a <br> b")).isTrue();
        assertThat(Markup.looksLikeHtml("Tom &amp; Jerry")).isTrue();
    }
}
