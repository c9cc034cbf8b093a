package org.vitalprep.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.identity.AccountAdminService;

import java.util.Map;
import java.util.Set;

/** Admins manage accounts: role, enabled, sessions, password-reset codes. */
@Route("admin/users")
@PageTitle("Accounts | VitalPrep")
@Menu(title = "Accounts", order = 92, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersAdminView extends Div {

    private final AccountAdminService admin;
    private final Grid<Map<String, Object>> grid = new Grid<>();

    public UsersAdminView(AccountAdminService admin) {
        this.admin = admin;
        addClassName("page");
        add(new H2("Accounts"), new Paragraph("Disabling an account or changing its role ends its sessions. A reset code "
                + "is shown once: give the user the link; it works for 24 hours."));
        grid.setId("users-grid");
        grid.addColumn(m -> m.get("email")).setHeader("E-mail").setAutoWidth(true);
        grid.addColumn(m -> m.get("roles")).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(m -> Boolean.TRUE.equals(m.get("enabled")) ? "yes" : "no").setHeader("Enabled");
        grid.addColumn(m -> m.get("lastLoginAt")).setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        refresh();
        add(grid);
    }

    private HorizontalLayout actions(Map<String, Object> m) {
        String email = String.valueOf(m.get("email"));
        boolean enabled = Boolean.TRUE.equals(m.get("enabled"));
        Select<String> role = new Select<>();
        role.setAriaLabel("Role of " + email);
        role.setItems("LEARNER", "INSTRUCTOR", "ADMIN");
        Object roles = m.get("roles");
        if (roles instanceof java.util.Collection<?> c && !c.isEmpty()) role.setValue(String.valueOf(c.iterator().next()));
        role.addValueChangeListener(e -> {
            if (e.isFromClient()) act(() -> admin.setRoles(email, Set.of(e.getValue())), "Role changed.");
        });
        Button toggle = new Button(enabled ? "Disable" : "Enable", e -> act(() -> admin.setEnabled(email, !enabled),
                enabled ? "Disabled." : "Enabled."));
        Button end = new Button("End sessions", e -> act(() -> admin.endSessions(email), "Sessions ended."));
        Button reset = new Button("Reset code", e -> {
            String token = admin.issueResetToken(email);
            Notification n = Notification.show("Reset link for " + email + ": /reset-password?token=" + token, 60_000,
                    Notification.Position.MIDDLE);
            n.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_PRIMARY);
        });
        for (Button b : new Button[]{toggle, end, reset}) b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(role, toggle, end, reset);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done);
        } catch (IllegalArgumentException ex) {
            Notification.show(ex.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.accounts());
    }
}
