package org.vitalprep.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. Learners can also practise without an account; an account keeps progress across devices. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | VitalPrep")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        notice.setId("login-notice");
        add(new H1("VitalPrep"), notice, login,
                new Paragraph(new RouterLink("No account yet? Create one", RegisterView.class)),
                new Paragraph(new RouterLink("Forgot your password?", ResetPasswordView.class)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("registered")) notice.setText("Your account is ready: sign in.");
        if (params.containsKey("error")) {
            Object last = VaadinSession.getCurrent() == null ? null
                    : VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = LoginI18n.createDefault();
            if (last instanceof LockedException locked) {
                i18n.getErrorMessage().setTitle("Sign-in paused");
                i18n.getErrorMessage().setMessage(locked.getMessage());
            } else {
                i18n.getErrorMessage().setTitle("Incorrect e-mail or password");
                i18n.getErrorMessage().setMessage("Check them and try again.");
            }
            login.setI18n(i18n);
            login.setError(true);
            notice.setText(i18n.getErrorMessage().getTitle() + ": " + i18n.getErrorMessage().getMessage());
            notice.getElement().setAttribute("role", "alert");
        }
    }
}
