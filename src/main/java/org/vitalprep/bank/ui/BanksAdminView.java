package org.vitalprep.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankImportReport;
import org.vitalprep.bank.BankSummary;
import org.vitalprep.bank.ImportRun;
import org.vitalprep.bank.QuestionBankService;

/** Admins see the stored banks and re-import them from the jar and the external directory. */
@Route("admin/banks")
@PageTitle("Question banks | VitalPrep")
@Menu(title = "Question banks", order = 90, icon = "vaadin:database")
@RolesAllowed("ADMIN")
public class BanksAdminView extends Div {

    private final QuestionBankService banks;
    private final Grid<BankSummary> grid = new Grid<>(BankSummary.class, false);
    private final Div report = new Div();

    public BanksAdminView(QuestionBankService banks) {
        this.banks = banks;
        addClassName("page");
        add(new H2("Question banks"));
        add(new Paragraph("Banks are validated and imported at every start. Re-import after changing files in the "
                + "external content directory. A bank with any error is rejected whole and what was stored stays."));
        Button reimport = new Button("Re-import all banks", e -> show(banks.reimportAll()));
        reimport.setId("reimport");
        reimport.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reimport);
        grid.addColumn(BankSummary::id).setHeader("Bank").setAutoWidth(true);
        grid.addColumn(BankSummary::module).setHeader("Module").setAutoWidth(true);
        grid.addColumn(BankSummary::questions).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(BankSummary::version).setHeader("Version");
        grid.addColumn(BankSummary::source).setHeader("Source").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setItems(banks.banks());
        report.setId("import-report");
        add(grid, report);
    }

    private void show(ImportRun run) {
        grid.setItems(banks.banks());
        report.removeAll();
        report.add(new H3("Import report"));
        UnorderedList list = new UnorderedList();
        for (BankImportReport r : run.reports()) {
            ListItem li = new ListItem(r.summary());
            if (!r.errors().isEmpty()) {
                UnorderedList errors = new UnorderedList();
                for (BankError e : r.errors()) errors.add(new ListItem(e.toString()));
                li.add(errors);
            }
            list.add(li);
        }
        report.add(list);
    }
}
