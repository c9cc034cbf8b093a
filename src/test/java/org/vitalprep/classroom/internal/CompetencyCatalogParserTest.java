package org.vitalprep.classroom.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.classroom.Competency;
import org.vitalprep.classroom.CompetencyCatalog;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompetencyCatalogParserTest {

    static final String STEPS = """
            [{"id": "identify", "text": "Has the patient state two identifiers.", "critical": true},
             {"id": "tourniquet", "text": "Keeps the tourniquet on no longer than 1 minute.", "critical": true},
             {"id": "label", "text": "Labels tubes in the patient's presence."},
             {"id": "document", "text": "Documents the draw."}]""";

    static String competency(String code, String area, String kind, String steps) {
        return """
                {"code": "%s", "area": "%s", "kind": "%s", "description": "Perform a venipuncture.", "steps": %s}"""
                .formatted(code, area, kind, steps);
    }

    static String catalog(String... competencies) {
        return """
                {"id": "test", "title": "Test catalog", "version": 1, "source": "MAERB-style", "note": "Map to your standards.",
                 "areas": [{"code": "I", "name": "Anatomy, Physiology & Pharmacology"}, {"code": "X", "name": "Legal Implications"}],
                 "competencies": [%s]}""".formatted(String.join(",\n", competencies));
    }

    static CompetencyCatalogParser.Result parse(String json) {
        return CompetencyCatalogParser.parse("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    static String errors(CompetencyCatalogParser.Result r) {
        assertThat(r.ok()).as("expected problems").isFalse();
        assertThat(r.catalog()).isNull();
        return String.join("\n", r.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aValidCatalogParsesIntoRecords() {
        var r = parse(catalog(competency("I.P.2.b", "I", "psychomotor", STEPS),
                competency("X.A.1", "X", "affective", STEPS)));
        assertThat(r.problems()).isEmpty();
        CompetencyCatalog c = r.catalog();
        assertThat(c.id()).isEqualTo("test");
        assertThat(c.version()).isEqualTo(1);
        assertThat(c.areas()).containsExactly(java.util.Map.entry("I", "Anatomy, Physiology & Pharmacology"),
                java.util.Map.entry("X", "Legal Implications"));
        assertThat(c.competencies()).extracting(Competency::code).containsExactly("I.P.2.b", "X.A.1");
        Competency v = c.find("I.P.2.b").orElseThrow();
        assertThat(v.psychomotor()).isTrue();
        assertThat(v.steps()).hasSize(4);
        assertThat(v.steps().getFirst()).isEqualTo(new Competency.Step("identify", "Has the patient state two identifiers.", true));
        assertThat(v.step("label").orElseThrow().critical()).as("critical defaults to false").isFalse();
        assertThat(v.criticalSteps()).extracting(Competency.Step::id).containsExactly("identify", "tourniquet");
        assertThat(c.areaName("X")).isEqualTo("Legal Implications");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        assertThat(parse("\uFEFF" + catalog(competency("I.P.2.b", "I", "psychomotor", STEPS))).ok()).isTrue();
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() {
        String msg = errors(parse("{\"id\": \"test\",\n \"title\": }"));
        assertThat(msg).startsWith("test.json at line 2").contains("invalid JSON");
    }

    @Test
    void duplicateKeysAreInvalidJson() {
        assertThat(errors(parse("{\"id\": \"a\", \"id\": \"b\"}"))).contains("invalid JSON").contains("id");
    }

    @Test
    void aNonObjectIsRejected() {
        assertThat(errors(parse("[]"))).contains("must be a JSON object");
    }

    @Test
    void schemaViolationsNameTheJsonPath() {
        String msg = errors(parse(catalog(competency("I.P.2.b", "I", "cognitive", STEPS))));
        assertThat(msg).contains("test.json at /competencies/0/kind");
    }

    @Test
    void aMalformedCodeIsRejected() {
        assertThat(errors(parse(catalog(competency("I.2.b", "I", "psychomotor", STEPS)))))
                .contains("/competencies/0/code");
    }

    @Test
    void duplicateCodesAreRejected() {
        String msg = errors(parse(catalog(competency("I.P.2.b", "I", "psychomotor", STEPS),
                competency("I.P.2.b", "I", "psychomotor", STEPS))));
        assertThat(msg).contains("test.json at /competencies/1/code: duplicate code 'I.P.2.b' (first used at /competencies/0)");
    }

    @Test
    void duplicateStepIdsWithinACompetencyAreRejected() {
        String steps = STEPS.replace("\"id\": \"label\"", "\"id\": \"identify\"");
        String msg = errors(parse(catalog(competency("I.P.2.b", "I", "psychomotor", steps))));
        assertThat(msg).contains("/competencies/0/steps/2/id: duplicate step id 'identify' in I.P.2.b");
    }

    @Test
    void theSameStepIdInTwoCompetenciesIsFine() {
        assertThat(parse(catalog(competency("I.P.2.b", "I", "psychomotor", STEPS),
                competency("I.P.2.c", "I", "psychomotor", STEPS))).ok()).isTrue();
    }

    @Test
    void aCompetencyNeedsAtLeastOneStep() {
        assertThat(errors(parse(catalog(competency("I.P.2.b", "I", "psychomotor", "[]")))))
                .contains("/competencies/0/steps");
        String missing = catalog(competency("I.P.2.b", "I", "psychomotor", STEPS)).replace(", \"steps\": " + STEPS, "");
        assertThat(errors(parse(missing))).contains("/competencies/0").contains("steps");
    }

    @Test
    void theCodeMustMatchTheAreaAndTheKind() {
        assertThat(errors(parse(catalog(competency("I.P.2.b", "X", "psychomotor", STEPS)))))
                .contains("/competencies/0/code: code 'I.P.2.b' is in area I but the competency's area is X");
        assertThat(errors(parse(catalog(competency("X.P.1", "X", "affective", STEPS)))))
                .contains("/competencies/0/code: code 'X.P.1' has 'P' but a affective competency's code has 'A'");
    }

    @Test
    void anAreaMustBeDefinedOnce() {
        assertThat(errors(parse(catalog(competency("V.A.1", "V", "affective", STEPS)))))
                .contains("/competencies/0/area: area 'V' is not defined in /areas");
        String twice = catalog(competency("I.P.1", "I", "psychomotor", STEPS))
                .replace("{\"code\": \"X\", \"name\": \"Legal Implications\"}", "{\"code\": \"I\", \"name\": \"Again\"}");
        assertThat(errors(parse(twice))).contains("/areas/1/code: area 'I' is defined twice");
    }

    @Test
    void blankTextIsRejected() {
        String steps = STEPS.replace("Documents the draw.", "   ");
        assertThat(errors(parse(catalog(competency("I.P.2.b", "I", "psychomotor", steps)))))
                .contains("/competencies/0/steps/3/text: text is blank");
    }

    @Test
    void unknownFieldsAreRejected() {
        String json = catalog(competency("I.P.2.b", "I", "psychomotor", STEPS)).replace("\"version\": 1", "\"version\": 1, \"extra\": true");
        assertThat(errors(parse(json))).contains("extra");
    }

    @Test
    void anOversizedFileIsRejectedBeforeParsing() {
        byte[] big = new byte[CompetencyCatalogParser.MAX_BYTES + 1];
        var r = CompetencyCatalogParser.parse("big.json", big);
        assertThat(r.ok()).isFalse();
        assertThat(r.problems().getFirst().message()).contains("limit");
    }

    @Test
    void parseOrThrowListsEveryProblem() {
        String json = catalog(competency("I.P.2.b", "I", "psychomotor", STEPS), competency("I.P.2.b", "X", "psychomotor", STEPS));
        assertThatThrownBy(() -> CompetencyCatalogParser.parseOrThrow("test.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CompetencyCatalogParser.InvalidCatalogException.class)
                .hasMessageContaining("duplicate code").hasMessageContaining("is in area I")
                .satisfies(e -> assertThat(((CompetencyCatalogParser.InvalidCatalogException) e).problems()).hasSize(2));
    }
}
