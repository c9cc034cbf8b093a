package org.vitalprep.classroom.internal;

import org.junit.jupiter.api.Test;
import org.vitalprep.classroom.Competency;
import org.vitalprep.classroom.CompetencyCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The repository's MAERB-style catalog: valid, broad, rubric-shaped, and consistent with the fact sheet. */
class CompetencyCatalogContentTest {

    static final Path FILE = Path.of("content/competencies/maerb-core.json");
    static final CompetencyCatalog CATALOG = load();

    static CompetencyCatalog load() {
        try {
            return CompetencyCatalogParser.parseOrThrow(FILE.toString(), Files.readAllBytes(FILE));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void coversTheTwelveContentAreasWithAtLeastThirtyCompetencies() {
        assertThat(CATALOG.competencies()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(CATALOG.areas().keySet()).containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                "X", "XI", "XII");
        assertThat(CATALOG.competencies().stream().map(Competency::area).collect(Collectors.toSet()))
                .isEqualTo(CATALOG.areas().keySet());
        assertThat(CATALOG.areaName("I")).isEqualTo("Anatomy, Physiology & Pharmacology");
        assertThat(CATALOG.competencies()).filteredOn(c -> c.kind().equals(Competency.AFFECTIVE)).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyRubricHasFourToTenStepsAndPsychomotorOnesHaveACriticalStep() {
        List<String> problems = new ArrayList<>();
        for (Competency c : CATALOG.competencies()) {
            if (c.steps().size() < 4 || c.steps().size() > 10) problems.add(c.code() + ": " + c.steps().size() + " steps");
            if (c.psychomotor() && c.criticalSteps().isEmpty()) problems.add(c.code() + ": no critical step");
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    @Test
    void saysItIsMaerbStyleAndThatProgramsMustMap() {
        assertThat(CATALOG.source()).contains("MAERB").contains("2022").contains("own");
        assertThat(CATALOG.note()).contains("not the official MAERB text").contains("map");
    }

    @Test
    void emphasisesTheClinicalSkillsTheAppTeaches() {
        String all = CATALOG.competencies().stream().map(c -> c.description().toLowerCase()).collect(Collectors.joining("\n"));
        for (String topic : List.of("blood pressure", "temperature", "pulse", "respirations", "venipuncture",
                "capillary puncture", "electrocardiogram", "intramuscular", "subcutaneous", "intradermal", "hand hygiene",
                "protective equipment", "cpr", "faints", "health record", "hipaa", "communication", "scope of practice",
                "error in patient care")) {
            assertThat(all).as(topic).contains(topic);
        }
    }

    /** Spot checks against shared/reference/medical-facts.md (audit items and "never key this" list). */
    @Test
    void keyFactsMatchTheFactSheet() {
        assertThat(text("I.P.2.b", "tourniquet-time")).contains("no longer than 1 minute");
        assertThat(text("I.P.2.b", "order-of-draw"))
                .containsSubsequence("blood culture", "light-blue citrate", "serum", "green heparin", "lavender EDTA", "gray fluoride");
        assertThat(text("I.P.2.b", "tourniquet-site")).containsSubsequence("median cubital", "cephalic", "basilic last");
        assertThat(text("I.P.2.b", "insert")).contains("bevel up at 15–30 degrees");
        assertThat(text("I.P.2.c", "collect")).containsSubsequence("EDTA before other additive", "serum containers last");
        assertThat(text("I.P.2.c", "puncture")).contains("across (perpendicular to) the fingerprint");
        assertThat(text("I.P.2.a", "chest-leads")).contains("V1 at the 4th ICS right sternal border")
                .contains("V2 at the 4th ICS left sternal border").contains("V4 at the 5th ICS left midclavicular line")
                .contains("V5 at the left anterior axillary line").contains("V6 at the left midaxillary line");
        assertThat(text("I.P.2.a", "limb-leads")).contains("RA white, LA black, RL green, LL red");
        assertThat(text("III.P.2", "don")).containsSubsequence("gown", "mask or respirator", "goggles", "gloves");
        assertThat(text("III.P.2", "doff")).containsSubsequence("gloves", "goggles", "gown", "mask or respirator last");
        assertThat(text("III.P.3", "choose")).contains("alcohol-based hand rub unless hands are visibly soiled")
                .contains("C. difficile");
        assertThat(text("I.P.1.a", "cuff")).contains("at least 80%").contains("too small reads falsely high");
        assertThat(text("I.P.1.a", "read")).contains("phase I").contains("phase V");
        assertThat(text("I.P.1.b", "report")).contains("97.8–99.1 °F");
        assertThat(text("I.P.1.c", "report")).contains("60–100/min");
        assertThat(text("I.P.7.c", "read")).contains("only the induration").contains("not the redness");
        assertThat(text("I.P.7.a", "inject")).contains("90 degrees").contains("does not need to aspirate");
        assertThat(text("I.P.5", "adult-im")).contains("never the dorsogluteal as preferred");
        assertThat(text("I.P.13.f", "comfort")).contains("does not use ammonia inhalants");
        assertThat(text("X.P.1", "no-prescribing")).contains("Never signs or authorizes a prescription");
        assertThat(text("X.P.2", "access")).contains("30 calendar days");
        assertThat(text("VI.P.8", "never-delete")).contains("Never deletes or overwrites");
    }

    @Test
    void everyStepTextNamesAnObservableActionNotAQuestion() {
        Set<String> questions = CATALOG.competencies().stream().flatMap(c -> c.steps().stream()
                .filter(s -> s.text().endsWith("?")).map(s -> c.code() + "/" + s.id())).collect(Collectors.toSet());
        assertThat(questions).isEmpty();
    }

    private static String text(String code, String stepId) {
        return CATALOG.find(code).orElseThrow(() -> new AssertionError("no competency " + code))
                .step(stepId).orElseThrow(() -> new AssertionError("no step " + code + "/" + stepId)).text();
    }
}
