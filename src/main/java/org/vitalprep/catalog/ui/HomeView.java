package org.vitalprep.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.StudyModule;

import java.util.Map;

/** The landing page: what VitalPrep is and the study modules. */
@Route("")
@PageTitle("VitalPrep")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@AnonymousAllowed
public class HomeView extends Div {

    public HomeView(CatalogService catalog, QuestionBankService banks) {
        addClassName("page");
        add(new H2("Prepare for your medical assistant certification"));
        add(new Paragraph("Study the five modules, then practise with questions that explain every answer. "
                + "VitalPrep covers the CCMA, CMA, RMA, CPT, CET, CEHRS and CMAA exams."));
        Map<String, Long> counts = banks.publishedCountByModule();
        Div grid = new Div();
        grid.addClassName("module-grid");
        for (StudyModule m : catalog.modules()) {
            Div card = new Div();
            card.addClassNames("card", "module-card");
            RouterLink title = new RouterLink(m.title(), ModuleView.class, new com.vaadin.flow.router.RouteParameters("moduleId", m.id()));
            H3 heading = new H3(title);
            card.add(heading, new Paragraph(m.description()));
            Span stats = new Span(m.lessons().size() + " lessons · " + counts.getOrDefault(m.id(), 0L) + " questions");
            stats.addClassName("module-stats");
            card.add(stats);
            grid.add(card);
        }
        add(grid);
        add(new Paragraph(new Span(VaadinIcon.LIGHTBULB.create()), new Span(" Tip: open a module, read a lesson, "
                + "then take a practice quiz from the Practice page.")));
    }
}
