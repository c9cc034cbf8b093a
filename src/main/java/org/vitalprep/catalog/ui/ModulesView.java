package org.vitalprep.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.StudyModule;

import java.util.Map;

/** The catalog: every module with its lesson and question counts. */
@Route("modules")
@PageTitle("Study modules | VitalPrep")
@Menu(title = "Study modules", order = 1, icon = "vaadin:book")
@AnonymousAllowed
public class ModulesView extends Div {

    public ModulesView(CatalogService catalog, QuestionBankService banks) {
        addClassName("page");
        add(new H2("Study modules"));
        Map<String, Long> counts = banks.publishedCountByModule();
        for (StudyModule m : catalog.modules()) {
            Div card = new Div();
            card.addClassNames("card", "module-card");
            card.add(new H3(new RouterLink(m.title(), ModuleView.class, new com.vaadin.flow.router.RouteParameters("moduleId", m.id()))));
            card.add(new Paragraph(m.description()));
            card.add(new Paragraph(m.lessons().size() + " lessons · " + counts.getOrDefault(m.id(), 0L) + " questions"));
            add(card);
        }
    }
}
