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
        VerticalLayout form = new VerticalLayout(new H1("Reset your password"));
        if (accounts.resetByMailAvailable()) {
            EmailField mailTo = new EmailField("Your e-mail address");
            mailTo.setId("reset-mail-email");
            Paragraph sent = new Paragraph();
            sent.setId("reset-mail-sent");
            sent.getElement().setAttribute("role", "status");
            Button send = new Button("E-mail me a reset link", e -> {
                try {
                    String address = com.vaadin.flow.server.VaadinRequest.getCurrent() == null ? null
                            : com.vaadin.flow.server.VaadinRequest.getCurrent().getRemoteAddr();
                    accounts.requestPasswordReset(mailTo.getValue(), address);
                    sent.setText("If an account uses this address, a reset link is on its way. It works for 24 hours.");
                } catch (IllegalArgumentException | IllegalStateException ex) {
                    sent.setText(ex.getMessage());
                }
            });
            send.setId("reset-mail-send");
            form.add(new Paragraph("Forgot your password? We can e-mail you a link."), mailTo, send, sent,
                    new Paragraph("Have a reset link or code? Set your new password here:"));
        } else {
            form.add(new Paragraph("Forgot your password? Ask your program's administrator for a reset code, then "
                    + "set a new password here."));
        }
        form.add(email, token, password, confirm, error, set);
        form.setMaxWidth("26rem");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("token").ifPresent(token::setValue);
    }
}
