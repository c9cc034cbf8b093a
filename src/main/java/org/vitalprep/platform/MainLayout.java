package org.vitalprep.platform;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The app shell: a header with the title, a drawer with the navigation (built from the views' {@code @Menu}
 * annotations, filtered by what the user may open), collapsing to a toggle on a phone.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext auth) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle);
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.setWidthFull();
        if (auth.isAuthenticated()) {
            var signOut = new com.vaadin.flow.component.button.Button("Sign out", e -> auth.logout());
            signOut.addClassName("sign-out");
            header.add(signOut);
        } else {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.addClassName("sign-in");
            header.add(signIn);
        }
        addToNavbar(header);

        Span brand = new Span("VitalPrep");
        brand.addClassName("brand");
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) item.setPrefixComponent(new Icon(entry.icon()));
            nav.addItem(item);
        }
        Footer footer = new Footer(new Span("Study aid only: follow your program, your employer's policies and "
                + "your scope of practice."));
        footer.addClassName("drawer-footer");
        addToDrawer(brand, nav, footer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse("VitalPrep"));
    }
}
