package org.vitalprep.authoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.authoring.AuthoredItem;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.bank.QuestionType;

import java.util.List;
import java.util.TreeSet;

/** An instructor's questions: search and filter, create from a template, copy from the library. */
@Route("teach/questions")
@PageTitle("My questions | VitalPrep")
@Menu(title = "My questions", order = 60, icon = "vaadin:edit")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class AuthoringView extends Div {

    private final AuthoringService authoring;
    private final Grid<AuthoredItem> grid = new Grid<>();
    private final Select<String> module = new Select<>();
    private final Select<QuestionType> type = new Select<>();
    private final Select<String> status = new Select<>();
    private final Select<String> difficulty = new Select<>();
    private final ComboBox<String> domain = new ComboBox<>("Exam domain");
    private final TextField text = new TextField("Search");
    private final Select<String> statistic = new Select<>();

    public AuthoringView(AuthoringService authoring) {
        this.authoring = authoring;
        addClassName("page");
        add(new H2("My questions"));
        add(new Paragraph("Write questions for your quizzes. A question goes from draft to review to published; "
                + "editing a published question starts a new draft, and learners keep the published version until you "
                + "publish again."));

        Select<String> newModule = new Select<>();
        newModule.setLabel("Module");
        newModule.setItems(AuthoringService.MODULES);
        newModule.setValue(AuthoringService.MODULES.getFirst());
        newModule.setId("new-module");
        Select<QuestionType> newType = new Select<>();
        newType.setLabel("Type");
        newType.setItems(QuestionType.values());
        newType.setItemLabelGenerator(QuestionType::label);
        newType.setValue(QuestionType.SINGLE_BEST_ANSWER);
        newType.setId("new-type");
        Button create = new Button("New question", e -> {
            AuthoredItem item = authoring.create(newModule.getValue(), newType.getValue());
            getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, new RouteParameters("id", item.id())));
        });
        create.setId("new-question");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextField libraryId = new TextField("Library question id");
        libraryId.setPlaceholder("e.g. phl-saf-01");
        Button copy = new Button("Copy as a new draft", e -> {
            try {
                AuthoredItem item = authoring.duplicate(libraryId.getValue().strip());
                getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, new RouteParameters("id", item.id())));
            } catch (RuntimeException ex) {
                Notification.show(ex.getMessage());
            }
        });
        FlexLayout createBar = new FlexLayout(newModule, newType, create, libraryId, copy);
        createBar.addClassName("toolbar");
        createBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        createBar.setAlignItems(FlexLayout.Alignment.BASELINE);
        add(createBar);

        module.setLabel("Module");
        module.setItems(withAny(AuthoringService.MODULES));
        type.setLabel("Type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any" : t.label());
        type.setEmptySelectionAllowed(true);
        status.setLabel("Status");
        status.setItems(withAny(List.of("draft", "review", "published", "retired")));
        difficulty.setLabel("Difficulty");
        difficulty.setItems(withAny(List.of("easy", "medium", "hard")));
        for (Select<String> s : List.of(module, status, difficulty)) {
            s.setItemLabelGenerator(v -> v.isEmpty() ? "Any" : v);
            s.setValue("");
            s.addValueChangeListener(e -> refresh());
        }
        type.addValueChangeListener(e -> refresh());
        statistic.setLabel("Statistics");
        statistic.setItems("", "answered", "unanswered", "flagged");
        statistic.setItemLabelGenerator(v -> switch (v) {
            case "answered" -> "Answered by learners";
            case "unanswered" -> "Not answered yet";
            case "flagged" -> "Flagged: p < 0.20 or p ≥ 0.96";
            default -> "Any";
        });
        statistic.setValue("");
        statistic.addValueChangeListener(e -> refresh());
        domain.setItems(new TreeSet<>(authoring.domainCodes()));
        domain.setClearButtonVisible(true);
        domain.addValueChangeListener(e -> refresh());
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(text, module, type, status, difficulty, domain, statistic);
        filters.addClassName("toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(filters);

        grid.setId("questions-grid");
        grid.addColumn(AuthoredItem::id).setHeader("Id").setAutoWidth(true);
        grid.addColumn(AuthoredItem::stemPreview).setHeader("Stem").setFlexGrow(1);
        grid.addColumn(i -> i.type().label()).setHeader("Type").setAutoWidth(true);
        grid.addColumn(AuthoredItem::module).setHeader("Module").setAutoWidth(true);
        grid.addColumn(AuthoredItem::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(i -> i.publishedVersion() == null ? "" : "v" + i.publishedVersion()).setHeader("Published")
                .setAutoWidth(true);
        grid.addColumn(i -> i.learners() == null || i.learners() == 0 ? "" : String.format(java.util.Locale.ROOT,
                "%.2f (n=%d)%s", i.facility(), i.learners(), i.flaggedByStatistics() ? " ⚑" : ""))
                .setHeader("p (learners)").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class,
                new RouteParameters("id", e.getItem().id()))));
        grid.setAllRowsVisible(true);
        add(grid);
        add(new H3("Import and export"), new ImportExportPanel(authoring,
                () -> grid.getListDataView().getItems().toList(), this::refresh));
        refresh();
    }

    private void refresh() {
        grid.setItems(authoring.items(new AuthoredItem.Filter(module.getValue(), domain.getValue(), type.getValue(),
                status.getValue(), difficulty.getValue(), text.getValue(), statistic.getValue())));
    }

    private static List<String> withAny(List<String> values) {
        List<String> l = new java.util.ArrayList<>();
        l.add("");
        l.addAll(values);
        return l;
    }
}
