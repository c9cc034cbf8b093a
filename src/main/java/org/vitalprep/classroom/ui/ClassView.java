package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
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
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.classroom.AssignmentInfo;
import org.vitalprep.classroom.ClassInfo;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.classroom.Gradebook;
import org.vitalprep.classroom.QuizSpec;
import org.vitalprep.exam.AttemptService;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

/** One class: join code, roster, assignments and the gradebook (with CSV export and grade overrides). */
@Route("teach/classes/:classId")
@PageTitle("Class | VitalPrep")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ClassView extends Div implements BeforeEnterObserver {

    private final ClassroomService classes;
    private final AttemptService attempts;
    private ClassInfo clazz;
    private ZoneId zone = ZoneId.systemDefault();

    public ClassView(ClassroomService classes, AttemptService attempts) {
        this.classes = classes;
        this.attempts = attempts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("classId").orElse("");
        try {
            clazz = classes.clazz(id);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No class " + id);
        }
        // dates in the instructor's own time zone
        org.vitalprep.platform.ClientZone.withZone(this, z -> {
            zone = z;
            render();
        });
    }

    private void render() {
        removeAll();
        add(new RouterLink("← Classes I teach", ClassesView.class));
        add(new H2(clazz.name() + (clazz.term().isEmpty() ? "" : " (" + clazz.term() + ")")));
        Span code = new Span(clazz.joinCode());
        code.setId("join-code");
        code.addClassName("join-code");
        Button newCode = new Button("New code", e -> {
            clazz = classes.setJoin(clazz.id(), clazz.joinOpen(), true);
            render();
        });
        Button toggle = new Button(clazz.joinOpen() ? "Stop joining" : "Allow joining", e -> {
            clazz = classes.setJoin(clazz.id(), !clazz.joinOpen(), false);
            render();
        });
        newCode.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        FlexLayout join = new FlexLayout(new Span("Join code: "), code,
                new Span(clazz.joinOpen() ? " (open)" : " (closed)"), newCode, toggle);
        join.setAlignItems(FlexLayout.Alignment.BASELINE);
        join.addClassName("toolbar");
        add(join);

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Gradebook", gradebook());
        tabs.add("Assignments", assignments());
        tabs.add("Roster", roster());
        add(tabs);
    }

    private Div roster() {
        Grid<ClassInfo.Member> grid = new Grid<>();
        grid.setId("roster-grid");
        grid.addColumn(ClassInfo.Member::name).setHeader("Learner").setFlexGrow(1);
        grid.addColumn(m -> m.joinedAt().atZone(zone).toLocalDate()).setHeader("Joined").setAutoWidth(true);
        grid.addComponentColumn(m -> new RouterLink("Competencies", CompetenciesView.class,
                new RouteParameters(java.util.Map.of("classId", clazz.id(), "learner",
                        m.learnerId().replaceFirst("^user:", ""))))).setHeader("Competencies").setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button remove = new Button("Remove", e -> {
                classes.removeMember(clazz.id(), m.learnerId());
                clazz = classes.clazz(clazz.id());
                render();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + m.name());
            return remove;
        }).setAutoWidth(true);
        grid.setItems(clazz.members());
        grid.setAllRowsVisible(true);
        return new Div(grid);
    }

    private Div assignments() {
        Div box = new Div();
        List<QuizSpec> quizzes = classes.quizzes();
        Select<QuizSpec> quiz = new Select<>();
        quiz.setLabel("Quiz");
        quiz.setItems(quizzes);
        quiz.setItemLabelGenerator(q -> q == null ? "(none)" : q.title());
        quiz.setEmptySelectionAllowed(true);
        quiz.setId("assign-quiz");
        Select<ExamDefinition> exam = new Select<>();
        exam.setLabel("or a timed exam");
        exam.setItems(attempts.exams());
        exam.setItemLabelGenerator(x -> x == null ? "(none)" : x.name());
        exam.setEmptySelectionAllowed(true);
        Paragraph zoneNote = new Paragraph("Times are in " + zone.getId() + ".");
        zoneNote.addClassName("attempt-note");
        DateTimePicker opens = new DateTimePicker("Opens");
        opens.setValue(LocalDateTime.now(zone).withSecond(0).withNano(0));
        DateTimePicker due = new DateTimePicker("Due");
        due.setValue(LocalDateTime.now(zone).plusDays(7).withHour(23).withMinute(59).withSecond(0).withNano(0));
        IntegerField tries = new IntegerField("Attempts allowed (0 = unlimited)");
        tries.setMin(0);
        tries.setMax(100);
        tries.setId("assign-attempts");
        Button assign = new Button("Assign", e -> {
            try {
                classes.assign(clazz.id(), quiz.getValue() == null ? null : quiz.getValue().id(),
                        exam.getValue() == null ? null : exam.getValue().id(), instant(opens.getValue()),
                        instant(due.getValue()), tries.getValue());
                Notification.show("Assigned.");
                render();
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
        });
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(quiz, exam, opens, due, tries, assign);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.addClassName("toolbar");
        if (quizzes.isEmpty()) {
            box.add(new Paragraph(new Span("You have no quizzes yet: "), new RouterLink("create one", QuizzesView.class),
                    new Span(", or assign a timed exam simulation.")));
        }
        box.add(new H3("New assignment"), form, zoneNote);
        Grid<AssignmentInfo> grid = new Grid<>();
        grid.setId("assignments-grid");
        grid.addColumn(AssignmentInfo::title).setHeader("Assignment").setFlexGrow(1);
        grid.addColumn(a -> a.examId() != null ? "exam" : a.questionCount() + " questions").setHeader("Content")
                .setAutoWidth(true);
        grid.addColumn(a -> when(a.opensAt())).setHeader("Opens").setAutoWidth(true);
        grid.addColumn(a -> when(a.dueAt())).setHeader("Due").setAutoWidth(true);
        grid.addColumn(a -> a.attemptsAllowed() == 0 ? "unlimited" : String.valueOf(a.attemptsAllowed()))
                .setHeader("Attempts").setAutoWidth(true);
        grid.addComponentColumn(a -> new RouterLink("Item analysis", ItemAnalysisView.class,
                new RouteParameters("assignmentId", a.id()))).setHeader("Statistics").setAutoWidth(true);
        grid.setItems(classes.assignments(clazz.id()));
        grid.setAllRowsVisible(true);
        box.add(new H3("Assignments"), grid);
        return box;
    }

    private Div gradebook() {
        Gradebook g = classes.gradebook(clazz.id());
        Grid<Gradebook.Row> grid = new Grid<>();
        grid.setId("gradebook-grid");
        grid.addColumn(r -> r.learner().name()).setHeader("Learner").setFrozen(true).setAutoWidth(true);
        for (int i = 0; i < g.assignments().size(); i++) {
            int col = i;
            AssignmentInfo a = g.assignments().get(i);
            grid.addComponentColumn(r -> cell(a, r, r.cells().get(col))).setHeader(a.title()).setKey("assignment-" + col)
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> r.average() == null ? "" : String.format("%.1f", r.average())).setHeader("Average")
                .setAutoWidth(true);
        grid.setItems(g.rows());
        grid.setAllRowsVisible(true);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = classes.gradebookCsv(clazz.id());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "gradebook-" + slug(clazz.name()) + ".csv",
                    "text/csv", bytes.length);
        }), "Download gradebook (CSV)");
        csv.setTarget(AnchorTarget.BLANK);
        csv.setId("gradebook-csv");
        Div box = new Div(new Paragraph("Each cell is the best score of a submitted attempt (attempts in brackets); "
                + "click a score to override it with a reason (the change is audited)."), grid, new Paragraph(csv));
        if (g.rows().isEmpty()) box.add(new Paragraph("No learners yet: give them the join code " + clazz.joinCode() + "."));
        return box;
    }

    private Button cell(AssignmentInfo a, Gradebook.Row r, Gradebook.Cell c) {
        String text = c.grade() == null ? (c.attempts() > 0 ? "in progress" : "–")
                : c.grade() + "%" + (c.override() != null ? "*" : "") + " (" + c.attempts() + ")"
                + (c.late() ? " late" : "");
        Button b = new Button(text, e -> overrideDialog(a, r, c));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.setAriaLabel(r.learner().name() + ", " + a.title() + ": " + text);
        b.addClassName("grade-cell");
        return b;
    }

    private void overrideDialog(AssignmentInfo a, Gradebook.Row r, Gradebook.Cell c) {
        Dialog d = new Dialog();
        d.setHeaderTitle("Grade of " + r.learner().name() + " on " + a.title());
        IntegerField percent = new IntegerField("Grade (%)");
        percent.setMin(0);
        percent.setMax(100);
        percent.setValue(c.override());
        percent.setHelperText("Empty: use the computed grade" + (c.best() == null ? "" : " (" + c.best() + "%)"));
        TextField reason = new TextField("Reason");
        reason.setRequired(true);
        reason.setWidthFull();
        Button save = new Button("Save", e -> {
            try {
                classes.overrideGrade(a.id(), r.learner().learnerId(), percent.getValue(), reason.getValue());
                d.close();
                render();
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(percent, reason);
        d.getFooter().add(new Button("Cancel", e -> d.close()), save);
        d.open();
    }

    private Instant instant(LocalDateTime t) {
        return t == null ? null : t.atZone(zone).toInstant();
    }

    private String when(Instant t) {
        return t == null ? "" : t.atZone(zone).toLocalDateTime().toString().replace('T', ' ');
    }

    private static String slug(String s) {
        String x = s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return x.isEmpty() ? "class" : x;
    }
}
