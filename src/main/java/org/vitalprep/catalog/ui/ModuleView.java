package org.vitalprep.catalog.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.LessonSummary;
import org.vitalprep.catalog.StudyModule;

/** One module: its lessons and a way into practice. */
@Route("modules/:moduleId")
@AnonymousAllowed
public class ModuleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final QuestionBankService banks;
    private String title = "Module";

    public ModuleView(CatalogService catalog, QuestionBankService banks) {
        this.catalog = catalog;
        this.banks = banks;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("moduleId").orElse("");
        StudyModule module = catalog.module(id).orElseThrow(() -> new NotFoundException("No module " + id));
        title = module.title() + " | VitalPrep";
        removeAll();
        add(new H2(module.title()), new Paragraph(module.description()));
        long questions = banks.publishedCountByModule().getOrDefault(module.id(), 0L);
        Anchor practice = new Anchor("practice?module=" + module.id(), "Practise " + module.title() + " ("
                + questions + " questions)");
        practice.addClassName("practice-link");
        practice.setId("practice-link");
        add(new Paragraph(practice));
        OrderedList list = new OrderedList();
        list.addClassName("lesson-list");
        for (LessonSummary l : module.lessons()) {
            RouterLink link = new RouterLink(l.title(), LessonView.class,
                    new RouteParameters(java.util.Map.of("moduleId", module.id(), "slug", l.slug())));
            ListItem item = new ListItem(link);
            if (!l.summary().isBlank()) {
                Span s = new Span(" — " + l.summary());
                s.addClassName("lesson-summary");
                item.add(s);
            }
            list.add(item);
        }
        if (module.lessons().isEmpty()) add(new Paragraph("Lessons for this module are on their way."));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
