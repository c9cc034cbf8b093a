package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.classroom.LearnerAssignment;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;

import java.time.Instant;
import java.time.ZoneId;

/** A learner's classes: join one by code, see its assignments and start them. */
@Route("classes")
@PageTitle("My classes | VitalPrep")
@Menu(title = "My classes", order = 40, icon = "vaadin:group")
@PermitAll
public class MyClassesView extends Div {

    private final ClassroomService classes;
    private final AttemptService attempts;
    private final Grid<LearnerAssignment> grid = new Grid<>();
    private final Paragraph joined = new Paragraph();
    private ZoneId zone = ZoneId.systemDefault();

    private final org.vitalprep.classroom.CompetencyService competencies;
    private final Grid<org.vitalprep.classroom.CompetencyService.Shift> shifts = new Grid<>();
    private final Paragraph competencySummary = new Paragraph();

    public MyClassesView(ClassroomService classes, AttemptService attempts,
                         org.vitalprep.classroom.CompetencyService competencies) {
        this.competencies = competencies;
        this.classes = classes;
        this.attempts = attempts;
        addClassName("page");
        add(new H2("My classes"));
        TextField code = new TextField("Join code");
        code.setId("join-code-field");
        code.setPlaceholder("8 letters and digits");
        code.setMaxLength(12);
        Button join = new Button("Join class", e -> {
            try {
                Notification.show("You joined " + classes.join(code.getValue()).name() + ".");
                code.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        join.setId("join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(code, join);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("toolbar");
        add(joined, form, new H3("Assignments"));
        grid.setId("my-assignments");
        grid.addColumn(l -> l.assignment().title()).setHeader("Assignment").setFlexGrow(1);
        grid.addColumn(LearnerAssignment::className).setHeader("Class").setAutoWidth(true);
        grid.addColumn(l -> when(l.assignment().dueAt())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(l -> l.attemptsUsed() + (l.assignment().attemptsAllowed() == 0 ? ""
                : " of " + l.assignment().attemptsAllowed())).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(l -> l.best() == null ? "" : l.best() + "%").setHeader("Grade").setAutoWidth(true);
        grid.addComponentColumn(l -> {
            if (!l.canStart()) return new Paragraph(l.status());
            Button start = new Button("Start", e -> start(l));
            start.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            start.setAriaLabel("Start " + l.assignment().title());
            start.addClassName("start-assignment");
            return start;
        }).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3("Competencies and externship hours"), competencySummary);
        com.vaadin.flow.component.datepicker.DatePicker date = new com.vaadin.flow.component.datepicker.DatePicker(
                "Date", java.time.LocalDate.now());
        TextField site = new TextField("Site");
        site.setMaxLength(200);
        TextField supervisor = new TextField("Supervisor");
        supervisor.setMaxLength(200);
        com.vaadin.flow.component.textfield.NumberField hours = new com.vaadin.flow.component.textfield.NumberField("Hours");
        hours.setMin(0.25);
        hours.setMax(24);
        hours.setStep(0.25);
        Button log = new Button("Log shift", e -> {
            try {
                competencies.logHours(date.getValue(), site.getValue(), supervisor.getValue(),
                        hours.getValue() == null ? 0 : hours.getValue());
                Notification.show("Shift logged; your program records the supervisor's attestation.");
                hours.clear();
                refresh();
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        log.setId("log-shift");
        FlexLayout hoursForm = new FlexLayout(date, site, supervisor, hours, log);
        hoursForm.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        hoursForm.setAlignItems(FlexLayout.Alignment.BASELINE);
        hoursForm.addClassName("toolbar");
        shifts.addColumn(org.vitalprep.classroom.CompetencyService.Shift::date).setHeader("Date").setAutoWidth(true);
        shifts.addColumn(org.vitalprep.classroom.CompetencyService.Shift::site).setHeader("Site").setFlexGrow(1);
        shifts.addColumn(org.vitalprep.classroom.CompetencyService.Shift::hours).setHeader("Hours").setAutoWidth(true);
        shifts.addColumn(s -> s.attestedBy() == null ? "not yet attested" : "attested by " + s.attestedBy())
                .setHeader("Attestation").setAutoWidth(true);
        shifts.setAllRowsVisible(true);
        add(hoursForm, shifts);
        org.vitalprep.platform.ClientZone.withZone(this, z -> {
            zone = z;
            refresh();
        });
    }

    private void start(LearnerAssignment l) {
        try {
            AttemptSnapshot s = attempts.startAssignment(l.assignment().id());
            getUI().ifPresent(ui -> ui.navigate("attempt/" + s.id()));
        } catch (RuntimeException ex) {
            Notification.show(ex.getMessage());
            refresh();
        }
    }

    private void refresh() {
        var names = classes.myClassNames();
        joined.setText(names.isEmpty() ? "You have not joined a class yet. Your instructor gives you a join code."
                : "Your classes: " + String.join(", ", names) + ".");
        grid.setItems(classes.myAssignments());
        shifts.setItems(competencies.myShifts());
        var mine = competencies.myCompetencies();
        long passed = mine.stream().filter(c -> c.status() == org.vitalprep.classroom.ChecklistReport.Status.PASSED).count();
        competencySummary.setText("Competencies signed off as passed: " + passed + " of " + mine.size() + ".");
    }

    private String when(Instant t) {
        return t == null ? "" : t.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }
}
