package org.vitalprep.exam.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSummary;
import org.vitalprep.exam.PracticeAttempt;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Start a practice quiz (tutor mode: feedback after each answer), or resume one. */
@Route("practice")
@PageTitle("Practice | VitalPrep")
@Menu(title = "Practice", order = 2, icon = "vaadin:check-square-o")
@AnonymousAllowed
public class PracticeView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());
    private final AttemptService attempts;
    private final Select<StudyModule> module = new Select<>();
    private final Select<Integer> size = new Select<>();

    public PracticeView(AttemptService attempts, CatalogService catalog) {
        this.attempts = attempts;
        addClassName("page");
        add(new H2("Practice quiz"));
        add(new Paragraph("Answer one question at a time. After each answer you see whether you were right and "
                + "why every option is right or wrong. Your answers are saved as you give them."));

        List<StudyModule> modules = catalog.modules().stream()
                .filter(m -> attempts.practicePoolSize(m.id()) > 0).toList();
        module.setLabel("Module");
        module.setId("module");
        module.setItems(modules);
        module.setItemLabelGenerator(m -> m.title() + " (" + attempts.practicePoolSize(m.id()) + " questions)");
        if (!modules.isEmpty()) module.setValue(modules.getFirst());
        size.setLabel("Questions");
        size.setId("size");
        size.setItems(5, 10, 20, 50);
        size.setValue(10);
        Button start = new Button("Start quiz", e -> start());
        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(module, size, start);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.getStyle().set("gap", "var(--lumo-space-m)");
        add(form);

        Map<String, String> titles = catalog.modules().stream()
                .collect(Collectors.toMap(StudyModule::id, StudyModule::title));
        List<AttemptSummary> recent = attempts.recentAttempts();
        if (!recent.isEmpty()) {
            add(new H3("Your quizzes"));
            Div list = new Div();
            list.setId("recent");
            for (AttemptSummary a : recent) {
                String label = titles.getOrDefault(a.module(), a.module()) + ", " + WHEN.format(a.startedAt()) + ": "
                        + (a.finished() ? a.correct() + " of " + a.total() + " correct"
                        : "in progress, " + a.answered() + " of " + a.total() + " answered");
                RouterLink link = new RouterLink(a.finished() ? "Review" : "Resume", AttemptView.class,
                        new RouteParameters("attemptId", a.id()));
                Paragraph p = new Paragraph(label + " · ");
                p.add(link);
                list.add(p);
            }
            add(list);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("module").ifPresent(id ->
                module.getListDataView().getItems().filter(m -> m.id().equals(id)).findFirst()
                        .ifPresent(module::setValue));
    }

    private void start() {
        if (module.isEmpty()) {
            Notification.show("Choose a module first.");
            return;
        }
        try {
            PracticeAttempt a = attempts.startPractice(module.getValue().id(), size.getValue());
            getUI().ifPresent(ui -> ui.navigate(AttemptView.class, new RouteParameters("attemptId", a.id())));
        } catch (IllegalArgumentException e) {
            Notification n = Notification.show(e.getMessage());
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

}
