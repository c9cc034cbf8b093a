package org.vitalprep.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.vitalprep.identity.AccountService;
import org.vitalprep.identity.CurrentUser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A learner's own data: download all of it, change the password, delete it with the account. */
@Route("my-data")
@PageTitle("My data | VitalPrep")
@Menu(title = "My data", order = 80, icon = "vaadin:user")
@AnonymousAllowed
public class MyDataView extends Div {

    public MyDataView(AccountService accounts, CurrentUser user, AuthenticationContext auth) {
        addClassName("page");
        add(new H2("My data"));
        add(new Paragraph(user.signedIn() ? "Signed in as " + user.displayName().orElse("") + "."
                : "You are not signed in: your work is kept under a private id stored in this browser."));
        add(new Paragraph("VitalPrep keeps your account (e-mail address and a password hash), your quiz and exam "
                + "attempts with every answer, and your progress. Download all of it as JSON at any time."));
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] json = accounts.exportMyData().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), "vitalprep-my-data.json", "application/json",
                    json.length);
        }), AttachmentType.DOWNLOAD, "Download my data (JSON)");
        download.setId("download-data");
        add(new Paragraph(download));

        if (user.signedIn()) {
            add(new H3("Change password"));
            PasswordField current = new PasswordField("Current password");
            PasswordField next = new PasswordField("New password");
            next.setHelperText("At least 8 characters; very common passwords are refused.");
            PasswordField confirm = new PasswordField("Repeat the new password");
            Button change = new Button("Change password", e -> {
                try {
                    accounts.changePassword(current.getValue(), next.getValue(), confirm.getValue());
                    Notification.show("Password changed.");
                    current.clear();
                    next.clear();
                    confirm.clear();
                } catch (IllegalArgumentException | IllegalStateException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            change.setId("change-password");
            add(new Div(current), new Div(next), new Div(confirm), change);
        }

        add(new H3(user.signedIn() ? "Delete my account" : "Delete my data"));
        add(new Paragraph("This removes your attempts and progress" + (user.signedIn() ? " and your account" : "")
                + " for good. Download your data first if you want to keep it."));
        PasswordField confirmDelete = new PasswordField("Password");
        confirmDelete.setVisible(user.signedIn());
        Button delete = new Button(user.signedIn() ? "Delete my account" : "Delete my data", e -> {
            ConfirmDialog d = new ConfirmDialog("Delete everything?", "This cannot be undone.", "Delete", ev -> {
                try {
                    accounts.deleteMyData(confirmDelete.getValue());
                    if (user.signedIn()) auth.logout();
                    else Notification.show("Your data has been deleted.");
                } catch (IllegalArgumentException ex) {
                    Notification.show(ex.getMessage());
                }
            });
            d.setCancelable(true);
            d.setConfirmButtonTheme("error primary");
            d.open();
        });
        delete.setId("delete-data");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Div(confirmDelete), delete);
    }
}
