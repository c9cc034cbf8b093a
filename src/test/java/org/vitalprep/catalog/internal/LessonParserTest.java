package org.vitalprep.catalog.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LessonParserTest {

    private static final String LESSON = """
            # Order of draw

            Why the order matters and how to remember it.

            ## Learning objectives
            - List the CLSI venous order of draw.
            - Explain **additive carryover**.

            ## The order
            | # | Tube |
            |---|---|
            | 1 | Blood culture |

            ## Exam tips
            - Capillary order differs.
            """;

    @Test
    void readsTitleSummaryAndObjectives() {
        var p = LessonParser.parse("03-order-of-draw.md", LESSON).orElseThrow();
        assertThat(p.slug()).isEqualTo("order-of-draw");
        assertThat(p.order()).isEqualTo(3);
        assertThat(p.title()).isEqualTo("Order of draw");
        assertThat(p.summary()).isEqualTo("Why the order matters and how to remember it.");
        assertThat(p.objectives()).containsExactly("List the CLSI venous order of draw.", "Explain additive carryover.");
        assertThat(p.markdownBody()).doesNotContain("# Order of draw\n").contains("## The order");
    }

    @Test
    void aLessonWithoutObjectivesHasNone() {
        var p = LessonParser.parse("01-x.md", "# X\n\nText.\n").orElseThrow();
        assertThat(p.objectives()).isEmpty();
    }

    @Test
    void fileNamesMustBeNumberedSlugs() {
        assertThat(LessonParser.parse("notes.md", LESSON)).isEmpty();
        assertThat(LessonParser.parse("1-Bad Name.md", LESSON)).isEmpty();
    }
}
