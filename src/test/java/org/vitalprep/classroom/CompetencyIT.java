package org.vitalprep.classroom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Competency sign-off, externship hours and the surveyor's checklist export, only for the class's instructors. */
@SpringBootTest
class CompetencyIT extends org.vitalprep.SignedInServiceTest {

    @Autowired CompetencyService competencies;
    @Autowired ClassroomService classes;

    private final String suffix = String.valueOf(System.nanoTime());
    private final String teacher = "comp-teacher" + suffix + "@example.org";
    private final String other = "comp-other" + suffix + "@example.org";
    private final String student = "comp-student" + suffix + "@example.org";



    @Test
    void signOffsHoursAndExports() {
        as(teacher, "INSTRUCTOR");
        ClassInfo clazz = classes.createClass("Clinical skills " + suffix, "");
        as(student, "LEARNER");
        classes.join(clazz.joinCode());
        competencies.logHours(LocalDate.now().minusDays(1), "Riverside Family Clinic", "Dana Ortiz, CMA", 7.9);
        assertThat(competencies.myShifts()).singleElement().satisfies(s -> {
            assertThat(s.hours()).isEqualByComparingTo("8.00"); // rounded to a quarter hour
            assertThat(s.attestedBy()).isNull();
        });
        assertThatThrownBy(() -> competencies.logHours(LocalDate.now(), "x", "y", 30)).hasMessageContaining("24 hours");
        assertThatThrownBy(() -> competencies.logHours(LocalDate.now().minusDays(1), "Second site", "Someone", 20))
                .hasMessageContaining("more than 24 hours on");

        as(teacher, "INSTRUCTOR");
        Competency comp = competencies.catalog().competencies().stream()
                .filter(c -> !c.criticalSteps().isEmpty()).findFirst().orElseThrow();
        String critical = comp.criticalSteps().getFirst().id();
        assertThatThrownBy(() -> competencies.signOff(clazz.id(), student, comp.code(), LocalDate.now(), true,
                List.of(critical), "")).hasMessageContaining("critical step");
        competencies.signOff(clazz.id(), student, comp.code(), LocalDate.now().minusDays(2), false, List.of(critical),
                "Forgot to verify identity with two identifiers");
        CompetencyService.StudentChecklist c = competencies.signOff(clazz.id(), student, comp.code(), LocalDate.now(),
                true, List.of(), "Clean");
        ChecklistReport.CompetencyEntry entry = c.report().competencies().stream()
                .filter(e -> e.code().equals(comp.code())).findFirst().orElseThrow();
        assertThat(entry.status()).isEqualTo(ChecklistReport.Status.PASSED);
        assertThat(entry.attempts()).extracting(ChecklistReport.Attempt::number).containsExactly(1, 2);
        assertThat(entry.attempts().getFirst().stepsMissed()).containsExactly(comp.criticalSteps().getFirst().text());

        String shift = c.shifts().getFirst().id();
        c = competencies.attest(clazz.id(), student, shift, "Dana Ortiz, CMA");
        assertThat(c.report().hoursAttested()).isEqualByComparingTo("8");

        String csv = new String(competencies.checklistCsv(clazz.id(), student), StandardCharsets.UTF_8);
        assertThat(csv).contains(comp.code()).contains("Riverside Family Clinic").contains("Dana Ortiz, CMA");
        byte[] pdf = competencies.checklistPdf(clazz.id(), student);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        as(student, "LEARNER");
        assertThat(competencies.myCompetencies()).filteredOn(e -> e.code().equals(comp.code()))
                .extracting(ChecklistReport.CompetencyEntry::status).containsExactly(ChecklistReport.Status.PASSED);

        // another instructor, or the learner, reach nothing
        as(other, "INSTRUCTOR");
        assertThatThrownBy(() -> competencies.checklist(clazz.id(), student)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> competencies.checklistPdf(clazz.id(), student)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> competencies.signOff(clazz.id(), student, comp.code(), LocalDate.now(), true,
                List.of(), "")).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> competencies.attest(clazz.id(), student, shift, "x"))
                .isInstanceOf(NoSuchElementException.class);
        as(teacher, "INSTRUCTOR");
        assertThatThrownBy(() -> competencies.checklist(clazz.id(), other)).isInstanceOf(NoSuchElementException.class);
    }
}
