package org.vitalprep.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.identity.AccountService;

/** Set a new password with the one-time link an admin issued. */
@Route(value = "reset-password", autoLayout = false)
@PageTitle("Reset password | VitalPrep")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver {

    private final TextField token = new TextField("Reset code");

    public ResetPasswordView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        EmailField email = new EmailField("E-mail address");
        email.setId("reset-email");
        token.setId("reset-token");
        PasswordField password = new PasswordField("New password");
        password.setId("reset-password");
        PasswordField confirm = new PasswordField("Repeat the new password");
        confirm.setId("reset-confirm");
        Paragraph error = new Paragraph();
        error.setId("reset-error");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        Button set = new Button("Set new password", e -> {
            try {
                accounts.resetPassword(email.getValue(), token.getValue(), password.getValue(), confirm.getValue());
                getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        set.setId("reset-submit");
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout form = new VerticalLayout(new H1("Reset your password"), email, token, password, confirm, error, set);
        form.setMaxWidth("26rem");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("token").ifPresent(token::setValue);
    }
}
