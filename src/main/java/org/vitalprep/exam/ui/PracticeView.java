package org.vitalprep.exam.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.AttemptSummary;
import org.vitalprep.exam.CustomQuiz;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Start a tutor quiz, a timed exam simulation or a custom quiz; resume or review earlier attempts. */
@Route("practice")
@PageTitle("Practice | VitalPrep")
@Menu(title = "Practice", order = 2, icon = "vaadin:check-square-o")
@AnonymousAllowed
public class PracticeView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());
    private final AttemptService attempts;
    private final Select<StudyModule> module = new Select<>();

    public PracticeView(AttemptService attempts, CatalogService catalog) {
        this.attempts = attempts;
        addClassName("page");
        add(new H2("Practice"));
        List<StudyModule> modules = catalog.modules().stream().filter(m -> attempts.poolSize(m.id()) > 0).toList();
        add(tutorCard(modules), adaptiveCard(modules), examCard(), customCard(modules));
        add(recent(catalog));
    }

    private Component tutorCard(List<StudyModule> modules) {
        Div card = card("Tutor mode", "One question at a time; after each answer you see whether you were right and "
                + "why every option is right or wrong.");
        card.setId("tutor-card");
        module.setLabel("Module");
        module.setId("module");
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title() + " (" + attempts.poolSize(m.id()) + " questions)");
        if (!modules.isEmpty()) module.setValue(modules.getFirst());
        Select<Integer> size = new Select<>();
        size.setLabel("Questions");
        size.setId("size");
        size.setItems(5, 10, 20, 50);
        size.setValue(10);
        Button start = new Button("Start tutor quiz", e -> start(() -> attempts.startTutor(module.getValue().id(),
                size.getValue())));
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(row(module, size, start));
        return card;
    }

    private Component adaptiveCard(List<StudyModule> modules) {
        Div card = card("Adaptive practice", "Questions chosen for your level, one at a time: harder after right "
                + "answers, easier after wrong ones, until your level in the area is measured precisely.");
        card.setId("adaptive-card");
        Select<String> scope = new Select<>();
        scope.setLabel("Area");
        scope.setId("adaptive-scope");
        List<String> scopes = new ArrayList<>();
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        modules.forEach(m -> {
            scopes.add(m.id());
            labels.put(m.id(), m.title());
        });
        attempts.exams().forEach(e -> e.leafDomains().forEach(d -> {
            scopes.add(d.code());
            labels.put(d.code(), e.id() + " · " + d.name());
        }));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(labels::get);
        if (!scopes.isEmpty()) scope.setValue(scopes.getFirst());
        Select<Integer> max = new Select<>();
        max.setLabel("At most");
        max.setId("adaptive-max");
        max.setItems(10, 20, 30, 50);
        max.setItemLabelGenerator(n -> n + " questions");
        max.setValue(20);
        Button start = new Button("Start adaptive practice", e -> start(() -> attempts.startAdaptive(scope.getValue(),
                max.getValue())));
        start.setId("start-adaptive");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(row(scope, max, start));
        return card;
    }

    private Component examCard() {
        Div card = card("Timed exam simulation", "A full-length form assembled by the exam's blueprint, timed like the "
                + "real exam, with unscored pretest questions you cannot tell apart. Feedback comes after you submit.");
        card.setId("exam-card");
        Select<ExamDefinition> exam = new Select<>();
        exam.setLabel("Exam");
        exam.setId("exam");
        exam.setItems(attempts.exams());
        exam.setItemLabelGenerator(e -> e.id() + ": " + e.name());
        if (!attempts.exams().isEmpty()) exam.setValue(attempts.exams().getFirst());
        Paragraph details = new Paragraph();
        details.addClassName("exam-details");
        exam.addValueChangeListener(e -> details.setText(describe(e.getValue())));
        details.setText(describe(exam.getValue()));
        Button start = new Button("Start exam", e -> start(() -> attempts.startExam(exam.getValue().id())));
        start.setId("start-exam");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(row(exam, start), details);
        return card;
    }

    private static String describe(ExamDefinition e) {
        if (e == null) return "";
        String segs = e.segments().size() > 1 ? e.segments().size() + " segments of " + e.segments().getFirst().minutes()
                + " minutes" : e.timeMinutes() + " minutes";
        return (e.scoredItems() + e.pretestItems()) + " questions (" + e.scoredItems() + " scored), " + segs + ".";
    }

    private Component customCard(List<StudyModule> modules) {
        Div card = card("Custom quiz", "Choose modules and exam domains, how many questions, which ones (new to you, "
                + "answered wrong, flagged), a time limit and when to see feedback.");
        card.setId("custom-card");
        MultiSelectComboBox<StudyModule> mods = new MultiSelectComboBox<>("Modules");
        mods.setId("custom-modules");
        mods.setItems(modules);
        mods.setItemLabelGenerator(StudyModule::title);
        mods.setPlaceholder("All modules");
        MultiSelectComboBox<ExamDefinition.Domain> domains = new MultiSelectComboBox<>("Exam domains");
        domains.setId("custom-domains");
        List<ExamDefinition.Domain> all = new ArrayList<>();
        attempts.exams().forEach(e -> e.leafDomains().forEach(all::add));
        domains.setItems(all);
        domains.setItemLabelGenerator(d -> d.code().substring(0, d.code().indexOf('/')) + " · " + d.name());
        domains.setPlaceholder("All domains");
        IntegerField size = new IntegerField("Questions");
        size.setId("custom-size");
        size.setMin(1);
        size.setMax(250);
        size.setValue(20);
        size.setStepButtonsVisible(true);
        Select<CustomQuiz.Pool> pool = new Select<>();
        pool.setLabel("Which questions");
        pool.setId("custom-pool");
        pool.setItems(CustomQuiz.Pool.values());
        pool.setItemLabelGenerator(p -> switch (p) {
            case ALL -> "Any (new ones first)";
            case UNSEEN -> "Only ones I have not answered";
            case ANSWERED_WRONG -> "Only ones I answered wrong";
            case FLAGGED -> "Only ones I flagged";
        });
        pool.setValue(CustomQuiz.Pool.ALL);
        IntegerField minutes = new IntegerField("Time limit (minutes, 0 = none)");
        minutes.setId("custom-minutes");
        minutes.setMin(0);
        minutes.setMax(600);
        minutes.setValue(0);
        RadioButtonGroup<String> feedback = new RadioButtonGroup<>("Feedback");
        feedback.setId("custom-feedback");
        feedback.setItems("After each answer", "After I submit");
        feedback.setValue("After each answer");
        Button start = new Button("Start custom quiz", e -> start(() -> attempts.startCustom(new CustomQuiz(
                mods.getValue().stream().map(StudyModule::id).toList(),
                domains.getValue().stream().map(ExamDefinition.Domain::code).toList(),
                size.getValue() == null ? 20 : size.getValue(), pool.getValue(),
                minutes.getValue() == null ? 0 : minutes.getValue(),
                feedback.getValue().equals("After each answer")))));
        start.setId("start-custom");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(row(mods, domains), row(size, pool, minutes), feedback, start);
        return card;
    }

    private Component recent(CatalogService catalog) {
        Div box = new Div();
        List<AttemptSummary> recent = attempts.recentAttempts();
        if (recent.isEmpty()) return box;
        box.add(new H3("Your quizzes and exams"));
        box.setId("recent");
        for (AttemptSummary a : recent) {
            String label = a.title() + ", " + WHEN.format(a.startedAt()) + ": "
                    + (a.finished() ? (a.percent() == null ? "submitted" : a.percent() + "%")
                    + (a.passed() == null ? "" : a.passed() ? ", pass" : ", did not pass")
                    : "in progress, " + a.answered() + " of " + a.total() + " answered");
            RouterLink link = new RouterLink(a.finished() ? "Review" : "Resume", AttemptView.class,
                    new RouteParameters("attemptId", a.id()));
            Paragraph p = new Paragraph(label + " · ");
            p.add(link);
            box.add(p);
        }
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("module").ifPresent(id ->
                module.getListDataView().getItems().filter(m -> m.id().equals(id)).findFirst()
                        .ifPresent(module::setValue));
    }

    private void start(Supplier<AttemptSnapshot> starter) {
        try {
            AttemptSnapshot a = starter.get();
            getUI().ifPresent(ui -> ui.navigate(AttemptView.class, new RouteParameters("attemptId", a.id())));
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            Notification n = Notification.show(e instanceof NullPointerException ? "Choose the options first."
                    : e.getMessage());
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static Div card(String title, String text) {
        Div card = new Div(new H3(title), new Paragraph(text));
        card.addClassNames("card", "practice-card");
        return card;
    }

    private static FlexLayout row(Component... cs) {
        FlexLayout row = new FlexLayout(cs);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexLayout.Alignment.BASELINE);
        row.addClassName("form-row");
        return row;
    }
}
