package org.vitalprep.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.identity.AccountService;

/** Learner self-registration with the password rules explained up front. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account | VitalPrep")
@AnonymousAllowed
public class RegisterView extends VerticalLayout {

    public RegisterView(AccountService accounts) {
        setAlignItems(Alignment.CENTER);
        addClassName("register-view");
        EmailField email = new EmailField("E-mail address");
        email.setId("email");
        email.setRequiredIndicatorVisible(true);
        PasswordField password = new PasswordField("Password");
        password.setId("password");
        password.setHelperText("At least 8 characters. Long passphrases are welcome; very common passwords are refused.");
        password.setMaxLength(128);
        PasswordField confirm = new PasswordField("Repeat the password");
        confirm.setId("confirm");
        TextField joinCode = new TextField("Class join code (optional)");
        joinCode.setId("register-join-code");
        joinCode.setHelperText("If your instructor gave you one");
        joinCode.setMaxLength(12);
        com.vaadin.flow.component.checkbox.Checkbox keep = new com.vaadin.flow.component.checkbox.Checkbox(
                "Keep the practice I did in this browser", true);
        keep.setId("keep-browser-work");
        Paragraph error = new Paragraph();
        error.setId("register-error");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        Button create = new Button("Create account", e -> {
            try {
                String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
                accounts.register(email.getValue(), password.getValue(), confirm.getValue(), address,
                        joinCode.getValue(), keep.getValue());
                getUI().ifPresent(ui -> ui.navigate("login", com.vaadin.flow.router.QueryParameters.of("registered", "")));
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[]{email, password, confirm}) {
            f.addValueChangeListener(e -> error.setText(accounts.problem(email.getValue(), password.getValue(),
                    confirm.getValue()).filter(p -> !confirm.isEmpty()).orElse("")));
        }
        VerticalLayout form = new VerticalLayout(new H1("Create your account"),
                new Paragraph("An account keeps your progress on every device. VitalPrep stores your e-mail address, "
                        + "your answers and your progress, nothing else."), email, password, confirm, joinCode, keep, error, create,
                new Paragraph(new RouterLink("Already registered? Sign in", LoginView.class)));
        form.setMaxWidth("26rem");
        form.setPadding(true);
        add(form);
    }
}
