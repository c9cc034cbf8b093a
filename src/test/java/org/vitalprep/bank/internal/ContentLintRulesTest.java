package org.vitalprep.bank.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.Question;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.bank.internal.TestBanks.bank;
import static org.vitalprep.bank.internal.TestBanks.bytes;
import static org.vitalprep.bank.internal.TestBanks.sba;

/** The lint's rules on small hand-made banks, so each rule is known to fire. */
class ContentLintRulesTest {

    private static List<Question> parse(String... questions) {
        BankParser.Result r = new BankParser(Set.of("CPT/routine-collections", "CCMA/clinical-patient-care/phlebotomy"))
                .parse("x.json", bytes(bank("x", "phlebotomy", questions)));
        assertThat(r.errors()).isEmpty();
        return r.bank().questions().stream().map(BankParser.ParsedQuestion::question).toList();
    }

    private static List<String> lint(List<Question> qs) {
        return ContentLint.lint(List.of(new ContentLint.LintedBank("x.json", qs))).stream().map(BankError::toString).toList();
    }

    @Test
    void aBalancedBankPasses() {
        assertThat(lint(parse(sba("q1", "Which tube holds citrate for coagulation?", "a"),
                sba("q2", "Which tube is drawn after the serum tube?", "b"),
                sba("q3", "Which additive prevents glycolysis?", "c"),
                sba("q4", "Which tube is used for a CBC?", "d")))).isEmpty();
    }

    @Test
    void keyPositionImbalanceFails() {
        assertThat(lint(parse(sba("q1", "Which tube holds citrate for coagulation?", "a"),
                sba("q2", "Which tube is drawn after the serum tube?", "a"),
                sba("q3", "Which additive prevents glycolysis?", "c"),
                sba("q4", "Which tube is used for a CBC?", "d"))))
                .anyMatch(e -> e.contains("key position A holds 2 of 4"));
    }

    @Test
    void allOrNoneOfTheAboveFails() {
        String q = sba("q1", "Which tube holds citrate for coagulation?", "a").replace("\"Gray\"", "\"All of the above\"");
        assertThat(lint(parse(q))).anyMatch(e -> e.contains("[question q1]") && e.contains("all/none of the above"));
    }

    @Test
    void nearDuplicateStemsFail() {
        assertThat(lint(parse(sba("q1", "Which tube holds the citrate additive for coagulation testing?", "a"),
                sba("q2", "Which tube holds the citrate additive for coagulation testing today?", "b"))))
                .anyMatch(e -> e.contains("near-duplicate stem of q2"));
    }

    @Test
    void aThreeOptionSingleBestAnswerFails() {
        String q = sba("q1", "Which tube?", "a").replace(",\n   {\"id\": \"d\", \"text\": \"Green\", \"rationale\": \"Rationale D for q1\"}", "");
        assertThat(q).doesNotContain("Green");
        assertThat(lint(parse(q))).anyMatch(e -> e.contains("needs 4 options, not 3"));
    }

    @Test
    void duplicateIdsAcrossBanksFail() {
        List<Question> qs = parse(sba("q1", "Which tube holds citrate?", "a"));
        var errors = ContentLint.lint(List.of(new ContentLint.LintedBank("a.json", qs),
                new ContentLint.LintedBank("b.json", parse(sba("q1", "Another stem about heparin entirely?", "b")))));
        assertThat(errors).anyMatch(e -> e.message().contains("duplicate question id (also in a.json)"));
    }

    @Test
    void aLessonWithoutObjectivesFails() {
        assertThat(ContentLint.lintLesson("content/x/01-a.md", List.of())).hasSize(1);
        assertThat(ContentLint.lintLesson("content/x/01-a.md", List.of("List the order of draw."))).isEmpty();
    }
}
