package org.vitalprep.bank.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.QuestionType;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.bank.internal.TestBanks.bank;
import static org.vitalprep.bank.internal.TestBanks.bytes;
import static org.vitalprep.bank.internal.TestBanks.sba;

class BankParserTest {

    private final BankParser parser = new BankParser(Set.of("CPT/routine-collections",
            "CCMA/clinical-patient-care/phlebotomy"));

    private BankParser.Result parse(String json) {
        return parser.parse("test.json", bytes(json));
    }

    private static String error(BankParser.Result r) {
        assertThat(r.ok()).as("expected errors").isFalse();
        return r.errors().stream().map(BankError::toString).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void absurdlyDeepJsonIsRefusedWithAClearErrorNotAStackOverflow() {
        String deep = "{\"id\": \"deep\", \"questions\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        BankParser.Result r = parse(deep);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("test.json");
            assertThat(e.message()).startsWith("invalid JSON").containsIgnoringCase("nesting depth");
        });
    }

    @Test
    void aValidBankParsesIntoQuestions() {
        BankParser.Result r = parse(bank("b1", "phlebotomy", sba("q-1", "Which tube?", "b"), sba("q-2", "Which other tube?", "c")));
        assertThat(r.errors()).isEmpty();
        assertThat(r.bank().id()).isEqualTo("b1");
        assertThat(r.bank().questions()).hasSize(2);
        var q = r.bank().questions().getFirst().question();
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE_BEST_ANSWER);
        assertThat(q.keyId()).isEqualTo("b");
        assertThat(q.options()).extracting(o -> o.rationale()).doesNotContainNull();
        assertThat(q.domains()).contains("CPT/routine-collections");
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() {
        BankParser.Result r = parse("{\"id\": \"b1\",\n \"title\": }");
        assertThat(error(r)).contains("test.json").contains("invalid JSON").contains("line 2");
    }

    @Test
    void schemaViolationNamesTheQuestionAndPath() {
        String q = sba("q-1", "Which tube?", "a").replace("\"difficulty\": \"medium\"", "\"difficulty\": \"impossible\"");
        String msg = error(parse(bank("b1", "phlebotomy", q)));
        assertThat(msg).contains("[question q-1]").contains("/questions/0/difficulty");
    }

    @Test
    void duplicateQuestionIdsAreRejected() {
        String msg = error(parse(bank("b1", "phlebotomy", sba("q-1", "A?", "a"), sba("q-1", "B?", "b"))));
        assertThat(msg).contains("duplicate question id").contains("/questions/1/id");
    }

    @Test
    void aKeyNotAmongTheOptionsIsRejected() {
        String msg = error(parse(bank("b1", "phlebotomy", sba("q-1", "A?", "e"))));
        assertThat(msg).contains("[question q-1]").contains("/questions/0/key").contains("not among the options");
    }

    @Test
    void aMissingRationaleIsRejected() {
        String q = sba("q-1", "A?", "a").replace(", \"rationale\": \"Rationale C for q-1\"", "");
        String msg = error(parse(bank("b1", "phlebotomy", q)));
        assertThat(msg).contains("/questions/0/options/2").contains("rationale");
    }

    @Test
    void aBlankRationaleIsRejected() {
        String q = sba("q-1", "A?", "a").replace("Rationale C for q-1", "   ");
        assertThat(error(parse(bank("b1", "phlebotomy", q)))).contains("/questions/0/options/2/rationale: text is blank");
    }

    @Test
    void anUnknownModuleIsRejected() {
        String msg = error(parse(bank("b1", "astrology", sba("q-1", "A?", "a"))));
        assertThat(msg).contains("/module");
    }

    @Test
    void anUnknownExamDomainIsRejected() {
        String q = sba("q-1", "A?", "a").replace("CPT/routine-collections", "CPT/made-up-domain");
        assertThat(error(parse(bank("b1", "phlebotomy", q)))).contains("unknown exam domain 'CPT/made-up-domain'");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(parse("\uFEFF" + bank("b1", "phlebotomy", sba("q-1", "A?", "a"))).ok()).isTrue();
    }

    @Test
    void anOrderingKeyMustListEveryOptionOnce() {
        String q = """
                {"id": "o-1", "type": "ordering", "stem": "Order these.", "rationale": "Because.",
                 "options": [{"id": "x", "text": "X", "rationale": "first"}, {"id": "y", "text": "Y", "rationale": "second"},
                             {"id": "z", "text": "Z", "rationale": "third"}],
                 "key": ["x", "y", "y"], "domains": ["CPT/routine-collections"], "difficulty": "easy",
                 "source": "medical-facts P1", "status": "published"}""";
        assertThat(error(parse(bank("b1", "phlebotomy", q)))).contains("[question o-1]").contains("/key");
    }

    @Test
    void aMatchingKeyMustMapEveryPromptToAChoice() {
        String q = """
                {"id": "m-1", "type": "matching", "stem": "Match tube to additive.",
                 "prompts": [{"id": "lav", "text": "Lavender", "rationale": "EDTA"}, {"id": "blue", "text": "Light blue", "rationale": "citrate"}],
                 "choices": [{"id": "edta", "text": "EDTA"}, {"id": "citrate", "text": "Citrate"}, {"id": "nothing", "text": "Nothing"}],
                 "key": {"lav": "edta", "blue": "heparin"}, "domains": ["CPT/routine-collections"], "difficulty": "easy",
                 "source": "medical-facts P8", "status": "published"}""";
        String msg = error(parse(bank("b1", "phlebotomy", q)));
        assertThat(msg).contains("choice 'heparin' is not among the choices")
                .contains("choice 'nothing' matches no prompt, so it needs a rationale");
    }

    @Test
    void everyPlannedTypeIsAccepted() {
        String numeric = """
                {"id": "n-1", "type": "numeric", "stem": "How many mL?", "rationale": "2 x 1.5 = 3",
                 "key": {"value": 3, "tolerance": 0.05, "unit": "mL"}, "domains": ["CPT/routine-collections"],
                 "difficulty": "easy", "source": "dosage", "status": "published"}""";
        String hotspot = """
                {"id": "h-1", "type": "hotspot", "stem": "Click the median cubital vein.",
                 "image": {"svg": "<svg viewBox='0 0 10 10'></svg>", "alt": "An arm"},
                 "options": [{"id": "mc", "text": "Median cubital", "rationale": "right", "region": {"shape": "circle", "coords": [5, 5, 1]}},
                             {"id": "ba", "text": "Basilic", "rationale": "last choice", "region": {"shape": "rect", "coords": [1, 1, 2, 2]}}],
                 "key": "mc", "domains": ["CPT/routine-collections"], "difficulty": "easy", "source": "medical-facts P10", "status": "published"}""";
        String ekg = """
                {"id": "e-1", "type": "ekg-strip", "stem": "Identify the rhythm.",
                 "strip": {"rhythm": "sinus-bradycardia", "rate": 48, "prMs": 160, "qrsMs": 80, "regular": true, "seed": 7},
                 "options": [{"id": "a", "text": "Sinus bradycardia", "rationale": "rate < 60"},
                             {"id": "b", "text": "Normal sinus rhythm", "rationale": "needs 60-100"},
                             {"id": "c", "text": "First-degree AV block", "rationale": "PR is normal"}],
                 "key": "a", "domains": ["CPT/routine-collections"], "difficulty": "easy", "source": "medical-facts K40", "status": "published"}""";
        String tf = """
                {"id": "t-1", "type": "true-false", "stem": "EDTA is in the lavender tube.",
                 "options": [{"id": "true", "text": "True", "rationale": "yes"}, {"id": "false", "text": "False", "rationale": "no"}],
                 "key": "true", "domains": ["CPT/routine-collections"], "difficulty": "easy", "source": "medical-facts P8", "status": "published"}""";
        String mr = """
                {"id": "r-1", "type": "multiple-response", "stem": "Which hold EDTA?", "scoring": "partial",
                 "options": [{"id": "a", "text": "Lavender", "rationale": "yes"}, {"id": "b", "text": "Pink", "rationale": "yes"},
                             {"id": "c", "text": "Gray", "rationale": "no"}, {"id": "d", "text": "Light blue", "rationale": "no"}],
                 "key": ["a", "b"], "domains": ["CPT/routine-collections"], "difficulty": "easy", "source": "medical-facts P8", "status": "published"}""";
        BankParser.Result r = parse(bank("b1", "phlebotomy", numeric, hotspot, ekg, tf, mr));
        assertThat(r.errors()).isEmpty();
        assertThat(r.bank().questions()).extracting(pq -> pq.question().type()).containsExactly(
                QuestionType.NUMERIC, QuestionType.HOTSPOT, QuestionType.EKG_STRIP, QuestionType.TRUE_FALSE,
                QuestionType.MULTIPLE_RESPONSE);
        assertThat(r.bank().questions().get(0).question().numericKey().unit()).isEqualTo("mL");
        assertThat(r.bank().questions().get(2).question().strip().rate()).isEqualTo(48);
        assertThat(r.bank().questions().get(4).question().keyIds()).containsExactly("a", "b");
    }

    @Test
    void theHashIgnoresFormattingAndKeyOrder() {
        String q1 = sba("q-1", "A?", "a");
        String q2 = q1.replace("\"difficulty\": \"medium\", \"source\": \"medical-facts P1 [P-S1]\"",
                "\"source\": \"medical-facts P1 [P-S1]\",\n   \"difficulty\": \"medium\"");
        assertThat(q2).isNotEqualTo(q1);
        String h1 = parse(bank("b1", "phlebotomy", q1)).bank().questions().getFirst().hash();
        String h2 = parse(bank("b1", "phlebotomy", q2)).bank().questions().getFirst().hash();
        String h3 = parse(bank("b1", "phlebotomy", sba("q-1", "A changed stem?", "a"))).bank().questions().getFirst().hash();
        assertThat(h1).isEqualTo(h2).isNotEqualTo(h3);
    }

    @Test
    void anOversizedFileIsRejectedBeforeParsing() {
        BankParser.Result r = parser.parse("huge.json", new byte[BankParser.MAX_BYTES + 1]);
        assertThat(error(r)).contains("limit");
    }
}
