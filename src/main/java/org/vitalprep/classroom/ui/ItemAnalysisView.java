package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.analytics.ItemAnalysis;
import org.vitalprep.classroom.ClassroomService;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Item analysis of an assignment: test reliability and, per question, facility, discrimination, distractors and
 * flags at the usual thresholds, over first attempts or all attempts.
 */
@Route("teach/assignments/:assignmentId/analysis")
@PageTitle("Item analysis | VitalPrep")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ItemAnalysisView extends Div implements BeforeEnterObserver {

    private final ClassroomService classes;
    private final Checkbox firstOnly = new Checkbox("Each learner's first submitted attempt only", true);
    private final Div body = new Div();
    private String assignmentId;

    public ItemAnalysisView(ClassroomService classes) {
        this.classes = classes;
        addClassName("page");
        firstOnly.setId("first-only");
        firstOnly.addValueChangeListener(e -> render());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        assignmentId = event.getRouteParameters().get("assignmentId").orElse("");
        try {
            classes.assignment(assignmentId);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No assignment " + assignmentId);
        }
        removeAll();
        add(body);
        render();
    }

    private void render() {
        ClassroomService.Analysis a = classes.itemAnalysis(assignmentId, firstOnly.getValue());
        ItemAnalysis.TestStats t = a.result().test();
        body.removeAll();
        body.add(new RouterLink("← Class", ClassView.class, new RouteParameters("classId", a.assignment().classId())));
        body.add(new H2("Item analysis: " + a.assignment().title()), firstOnly);
        Paragraph summary = new Paragraph(t.attempts() + " submitted attempt(s) (" + a.result().attemptSelection()
                + "), " + t.items() + " scored questions · mean " + num(t.meanTotal(), 2) + " · SD " + num(t.sdTotal(), 2)
                + " · " + (t.dichotomous() ? "KR-20 " + num(t.kr20(), 2) : "alpha " + num(t.alpha(), 2))
                + " · SEM " + num(t.sem(), 2) + " (over " + t.completeCases() + " complete attempts)");
        summary.setId("test-stats");
        body.add(summary);
        t.notes().forEach(n -> body.add(new Paragraph(n)));
        body.add(new Paragraph("Flags: p < 0.20 too hard, p ≥ 0.96 too easy, point-biserial < 0.20 weak, negative "
                + "point-biserial: check the key; a distractor chosen by under 5% does not work; a distractor the upper "
                + "group prefers to the key is suspect."));

        Grid<ItemAnalysis.ItemStats> grid = new Grid<>();
        grid.setId("item-stats");
        grid.addColumn(i -> stem(a, i.itemId())).setHeader("Question").setFlexGrow(1);
        grid.addColumn(ItemAnalysis.ItemStats::n).setHeader("n").setAutoWidth(true);
        grid.addColumn(i -> num(i.facility(), 2)).setHeader("p").setAutoWidth(true);
        grid.addColumn(i -> num(i.pointBiserial(), 2)).setHeader("r (item-rest)").setAutoWidth(true);
        grid.addColumn(i -> num(i.discrimination(), 2)).setHeader("D (27%)").setAutoWidth(true);
        grid.addColumn(i -> i.flags().stream().map(f -> f.kind().label()
                        + (f.optionId().isEmpty() ? "" : " (" + f.optionId() + ")")).distinct()
                .collect(Collectors.joining(", "))).setHeader("Flags").setFlexGrow(1);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(a.result().items());
        grid.setAllRowsVisible(true);
        body.add(grid);

        body.add(new H3("Distractors"));
        for (ItemAnalysis.ItemStats i : a.result().items()) {
            if (i.options().isEmpty()) continue;
            Grid<ItemAnalysis.OptionStats> options = new Grid<>();
            options.addColumn(o -> o.role() == ItemAnalysis.Role.OMITTED ? "(no answer)"
                    : o.optionId() + ". " + a.questions().get(i.itemId()).optionTexts().getOrDefault(o.optionId(), ""))
                    .setHeader("Option").setFlexGrow(1);
            options.addColumn(o -> o.role() == ItemAnalysis.Role.KEY ? "key" : "").setHeader("").setAutoWidth(true);
            options.addColumn(o -> o.count() + " (" + pct(o.proportion()) + ")").setHeader("Chosen").setAutoWidth(true);
            options.addColumn(o -> pct(o.upperProportion())).setHeader("Upper 27%").setAutoWidth(true);
            options.addColumn(o -> pct(o.lowerProportion())).setHeader("Lower 27%").setAutoWidth(true);
            options.addColumn(o -> num(o.pointBiserial(), 2)).setHeader("r").setAutoWidth(true);
            options.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            options.setItems(i.options());
            options.setAllRowsVisible(true);
            Details d = new Details(new Span(stem(a, i.itemId())), options);
            body.add(d);
        }
    }

    private static String stem(ClassroomService.Analysis a, String id) {
        ClassroomService.AnalysedItem q = a.questions().get(id);
        if (q == null) return id;
        String s = q.stem().replaceAll("\\s+", " ");
        return q.questionId() + " v" + q.version() + ": " + (s.length() > 110 ? s.substring(0, 107) + "..." : s);
    }

    private static String num(OptionalDouble v, int digits) {
        return v.isPresent() ? String.format(Locale.ROOT, "%." + digits + "f", v.getAsDouble()) : "–";
    }

    private static String pct(double p) {
        return Math.round(p * 100) + "%";
    }
}
