package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.classroom.ChecklistReport;
import org.vitalprep.classroom.Competency;
import org.vitalprep.classroom.CompetencyService;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * One student's competency checklist: sign off attempts against the rubric, record supervisors' attestation of
 * externship hours, and export the checklist (CSV, PDF) for an accreditation survey.
 */
@Route("teach/classes/:classId/learners/:learner")
@PageTitle("Competencies | VitalPrep")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CompetenciesView extends Div implements BeforeEnterObserver {

    private final CompetencyService competencies;
    private String classId;
    private String learner;

    public CompetenciesView(CompetencyService competencies) {
        this.competencies = competencies;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        classId = event.getRouteParameters().get("classId").orElse("");
        learner = event.getRouteParameters().get("learner").orElse("");
        try {
            render(competencies.checklist(classId, learner));
        } catch (NoSuchElementException e) {
            throw new NotFoundException(e.getMessage());
        }
    }

    private void render(CompetencyService.StudentChecklist c) {
        removeAll();
        add(new RouterLink("← " + c.className(), ClassView.class, new RouteParameters("classId", classId)));
        ChecklistReport r = c.report();
        add(new H2("Competencies of " + c.student().name()));
        add(new Paragraph(r.passedCount() + " of " + r.competencies().size() + " competencies passed · "
                + r.hoursAttested() + " of " + r.hoursLogged() + " externship hours attested"));
        Anchor csv = download("checklist.csv", "text/csv", "Checklist (CSV)", true);
        Anchor pdf = download("checklist.pdf", "application/pdf", "Checklist (PDF)", false);
        csv.setId("checklist-csv");
        pdf.setId("checklist-pdf");
        FlexLayout exports = new FlexLayout(csv, pdf);
        exports.addClassName("toolbar");
        add(exports);

        add(new H3("Sign off an attempt"));
        ComboBox<Competency> which = new ComboBox<>("Competency");
        which.setId("competency");
        which.setItems(competencies.catalog().competencies());
        which.setItemLabelGenerator(x -> x.code() + " " + x.description());
        which.setWidthFull();
        DatePicker date = new DatePicker("Date", LocalDate.now());
        RadioButtonGroup<String> result = new RadioButtonGroup<>("Result", "Pass", "Fail");
        result.setId("result");
        CheckboxGroup<Competency.Step> missed = new CheckboxGroup<>("Steps missed (critical steps are marked)");
        missed.setItemLabelGenerator(s -> s.text() + (s.critical() ? " [critical]" : ""));
        which.addValueChangeListener(e -> {
            missed.setItems(e.getValue() == null ? java.util.List.of() : e.getValue().steps());
        });
        TextArea notes = new TextArea("Notes");
        notes.setMaxLength(2000);
        notes.setWidthFull();
        Button save = new Button("Record sign-off", e -> {
            try {
                if (which.getValue() == null || result.getValue() == null) {
                    Notification.show("Choose the competency and the result");
                    return;
                }
                render(competencies.signOff(classId, learner, which.getValue().code(), date.getValue(),
                        "Pass".equals(result.getValue()), missed.getValue().stream().map(Competency.Step::id).toList(),
                        notes.getValue()));
                Notification.show("Sign-off recorded.");
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        save.setId("record-signoff");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(which, new FlexLayout(date, result), missed, notes, save);

        add(new H3("Checklist"));
        Grid<ChecklistReport.CompetencyEntry> grid = new Grid<>();
        grid.setId("checklist-grid");
        grid.addColumn(ChecklistReport.CompetencyEntry::code).setHeader("Code").setAutoWidth(true);
        grid.addColumn(ChecklistReport.CompetencyEntry::description).setHeader("Competency").setFlexGrow(1);
        grid.addColumn(e -> switch (e.status()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case NOT_ATTEMPTED -> "not attempted";
        }).setHeader("Status").setAutoWidth(true);
        grid.addColumn(e -> e.attempts().stream().map(a -> "#" + a.number() + " " + a.date() + " " + a.result()
                + " (" + a.evaluator() + ")").collect(Collectors.joining("; "))).setHeader("Attempts").setFlexGrow(1);
        grid.setItems(r.competencies());
        grid.setAllRowsVisible(true);
        add(grid);

        add(new H3("Externship hours"));
        Grid<CompetencyService.Shift> shifts = new Grid<>();
        shifts.setId("shifts-grid");
        shifts.addColumn(CompetencyService.Shift::date).setHeader("Date").setAutoWidth(true);
        shifts.addColumn(CompetencyService.Shift::site).setHeader("Site").setFlexGrow(1);
        shifts.addColumn(CompetencyService.Shift::supervisor).setHeader("Supervisor").setAutoWidth(true);
        shifts.addColumn(CompetencyService.Shift::hours).setHeader("Hours").setAutoWidth(true);
        shifts.addComponentColumn(s -> {
            if (s.attestedBy() != null) return new Paragraph("attested by " + s.attestedBy());
            TextField by = new TextField();
            by.setPlaceholder("Supervisor's name");
            by.setAriaLabel("Supervisor who attested the shift of " + s.date());
            by.setValue(s.supervisor());
            Button attest = new Button("Attest", e -> {
                try {
                    render(competencies.attest(classId, learner, s.id(), by.getValue()));
                } catch (RuntimeException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            attest.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new FlexLayout(by, attest);
        }).setHeader("Attestation").setAutoWidth(true);
        shifts.setItems(new ArrayList<>(c.shifts()));
        shifts.setAllRowsVisible(true);
        add(shifts);
    }

    private Anchor download(String name, String type, String label, boolean csv) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv ? competencies.checklistCsv(classId, learner) : competencies.checklistPdf(classId, learner);
            String file = learner.replaceAll("[^A-Za-z0-9.-]+", "_") + "-" + name;
            return new DownloadResponse(new ByteArrayInputStream(bytes), file, type, bytes.length);
        }), label);
        a.setTarget(AnchorTarget.BLANK);
        return a;
    }
}
