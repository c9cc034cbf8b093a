package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.bank.Question;
import org.vitalprep.classroom.ClassroomService;
import org.vitalprep.classroom.QuizSpec;
import org.vitalprep.exam.AttemptSnapshot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Instructors' quizzes: questions picked by hand (the library and their own published questions) and/or drawn
 * by a rule, with mode, time limit, attempts, feedback and shuffling; "Preview as a learner" takes the quiz.
 */
@Route("teach/quizzes")
@PageTitle("Quizzes | VitalPrep")
@Menu(title = "Quizzes", order = 62, icon = "vaadin:list-ol")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuizzesView extends Div {

    private final ClassroomService classes;
    private final Grid<QuizSpec> grid = new Grid<>();
    private final Map<String, Question> candidates = new LinkedHashMap<>();
    private String editing;
    private final TextField title = new TextField("Title");
    private final MultiSelectComboBox<String> picked = new MultiSelectComboBox<>("Questions picked by hand");
    private final MultiSelectComboBox<String> modules = new MultiSelectComboBox<>("Rule: modules");
    private final MultiSelectComboBox<String> domains = new MultiSelectComboBox<>("Rule: exam domains");
    private final Select<String> difficulty = new Select<>();
    private final IntegerField count = new IntegerField("Rule: how many questions");
    private final IntegerField minutes = new IntegerField("Time limit (minutes, 0 = none)");
    private final IntegerField attempts = new IntegerField("Attempts allowed (0 = unlimited)");
    private final Select<String> feedback = new Select<>();
    private final Checkbox shuffleQuestions = new Checkbox("Shuffle questions");
    private final Checkbox shuffleOptions = new Checkbox("Shuffle options");

    public QuizzesView(ClassroomService classes) {
        this.classes = classes;
        addClassName("page");
        add(new H2("Quizzes"));
        add(new Paragraph("Pick questions by hand, draw them by a rule, or both. When you assign a quiz to a class "
                + "its questions are fixed, so every learner in the class gets the same questions."));
        classes.candidateQuestions().forEach(q -> candidates.putIfAbsent(q.id(), q));
        grid.setId("quizzes-grid");
        grid.addColumn(QuizSpec::title).setHeader("Quiz").setFlexGrow(1);
        grid.addColumn(q -> q.questionIds().size() + q.ruleCount()).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(q -> q.minutes() == 0 ? "untimed" : q.minutes() + " min").setHeader("Time").setAutoWidth(true);
        grid.addColumn(q -> q.immediateFeedback() ? "after each answer" : q.feedbackAfterDue() ? "after the due date"
                : "after submission").setHeader("Feedback")
                .setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Button preview = new Button("Preview as a learner", e -> preview(q.id()));
            preview.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return preview;
        }).setAutoWidth(true);
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setAllRowsVisible(true);
        add(grid);

        title.setId("quiz-title");
        title.setMaxLength(200);
        title.setWidthFull();
        picked.setId("quiz-questions");
        picked.setItems(candidates.keySet());
        picked.setItemLabelGenerator(id -> {
            Question q = candidates.get(id);
            String stem = q.stem().replaceAll("\\s+", " ");
            return id + ": " + (stem.length() > 90 ? stem.substring(0, 87) + "..." : stem);
        });
        picked.setWidthFull();
        modules.setItems(new TreeSet<>(candidates.values().stream().map(Question::module).toList()));
        domains.setItems(new TreeSet<>(candidates.values().stream().flatMap(q -> q.domains().stream()).toList()));
        difficulty.setLabel("Rule: difficulty");
        difficulty.setItems("", "easy", "medium", "hard");
        difficulty.setItemLabelGenerator(s -> s.isEmpty() ? "Any" : s);
        feedback.setLabel("Feedback");
        feedback.setItems("after each answer", "after submission", "after the due date");
        feedback.setHelperText("After the due date: learners see their score at once, the answers when everyone is done");
        feedback.setId("quiz-feedback");
        for (IntegerField f : List.of(count, minutes, attempts)) {
            f.setMin(0);
            f.setStepButtonsVisible(true);
        }
        count.setId("quiz-count");
        Button save = new Button("Save quiz", e -> save());
        save.setId("save-quiz");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fresh = new Button("New quiz", e -> edit(null));
        FlexLayout rule = new FlexLayout(modules, domains, difficulty, count);
        rule.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        rule.addClassName("toolbar");
        FlexLayout settings = new FlexLayout(minutes, attempts, feedback, shuffleQuestions, shuffleOptions);
        settings.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        settings.setAlignItems(FlexLayout.Alignment.BASELINE);
        settings.addClassName("toolbar");
        add(new H3("Quiz"), title, picked, rule, settings, new FlexLayout(save, fresh));
        edit(null);
        refresh();
    }

    private void edit(QuizSpec q) {
        editing = q == null ? null : q.id();
        title.setValue(q == null ? "" : q.title());
        picked.setValue(q == null ? new TreeSet<>() : new java.util.LinkedHashSet<>(q.questionIds()));
        modules.setValue(q == null ? new TreeSet<>() : new TreeSet<>(q.ruleModules()));
        domains.setValue(q == null ? new TreeSet<>() : new TreeSet<>(q.ruleDomains()));
        difficulty.setValue(q == null || q.ruleDifficulty() == null ? "" : q.ruleDifficulty());
        count.setValue(q == null ? 0 : q.ruleCount());
        minutes.setValue(q == null ? 0 : q.minutes());
        attempts.setValue(q == null ? 1 : q.attemptsAllowed());
        feedback.setValue(q == null ? "after submission" : q.immediateFeedback() ? "after each answer"
                : q.feedbackAfterDue() ? "after the due date" : "after submission");
        shuffleQuestions.setValue(q == null || q.shuffleQuestions());
        shuffleOptions.setValue(q == null || q.shuffleOptions());
    }

    private void save() {
        try {
            List<String> ids = new ArrayList<>(picked.getValue());
            QuizSpec saved = classes.saveQuiz(new QuizSpec(editing, title.getValue(), ids,
                    new ArrayList<>(modules.getValue()), new ArrayList<>(domains.getValue()), difficulty.getValue(),
                    value(count), value(minutes), "after each answer".equals(feedback.getValue()),
                    "after the due date".equals(feedback.getValue()), shuffleQuestions.getValue(), shuffleOptions.getValue(), value(attempts)));
            editing = saved.id();
            Notification.show("Quiz saved.");
            refresh();
        } catch (RuntimeException ex) {
            Notification.show(ex.getMessage());
        }
    }

    private void preview(String quizId) {
        try {
            AttemptSnapshot s = classes.previewQuiz(quizId);
            getUI().ifPresent(ui -> ui.navigate("attempt/" + s.id()));
        } catch (RuntimeException ex) {
            Notification.show(ex.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(classes.quizzes());
    }

    private static int value(IntegerField f) {
        return f.getValue() == null ? 0 : f.getValue();
    }

}
