package org.vitalprep.catalog.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.Lesson;

/** One lesson, rendered from Markdown (sanitized by the catalog). */
@Route("modules/:moduleId/:slug")
@AnonymousAllowed
public class LessonView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private String title = "Lesson";

    public LessonView(CatalogService catalog) {
        this.catalog = catalog;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String module = event.getRouteParameters().get("moduleId").orElse("");
        String slug = event.getRouteParameters().get("slug").orElse("");
        Lesson lesson = catalog.lesson(module, slug).orElseThrow(() -> new NotFoundException("No lesson " + slug));
        title = lesson.title() + " | VitalPrep";
        removeAll();
        String back = catalog.module(module).map(m -> "← " + m.title()).orElse("← Module");
        add(new RouterLink(back, ModuleView.class, new com.vaadin.flow.router.RouteParameters("moduleId", module)));
        add(new H2(lesson.title()));
        Div body = new Div(new Html("<div>" + lesson.html() + "</div>"));
        body.addClassName("lesson-body");
        add(body);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
