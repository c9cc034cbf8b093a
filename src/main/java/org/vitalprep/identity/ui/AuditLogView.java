package org.vitalprep.identity.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.identity.AuditLog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Admins read the audit log, newest first, filtered by type. */
@Route("admin/audit")
@PageTitle("Audit log | VitalPrep")
@Menu(title = "Audit log", order = 91, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    public AuditLogView(AuditLog audit) {
        addClassName("page");
        add(new H2("Audit log"));
        Select<String> type = new Select<>();
        type.setLabel("Type");
        type.setId("audit-type");
        type.setItems("All", "LOGIN", "LOGIN_FAILED", "LOGIN_THROTTLED", "LOCKOUT", "REGISTRATION", "PASSWORD_CHANGED",
                "PASSWORD_CHANGE_FAILED", "ACCOUNT_DELETED");
        type.setValue("All");
        Grid<AuditLog.Entry> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::type).setHeader("Type").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::actor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::subject).setHeader("About").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::address).setHeader("Address").setAutoWidth(true);
        grid.addColumn(AuditLog.Entry::detail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(audit.recent(null, 500));
        type.addValueChangeListener(e -> grid.setItems(audit.recent("All".equals(e.getValue()) ? null : e.getValue(), 500)));
        add(type, grid);
    }
}
