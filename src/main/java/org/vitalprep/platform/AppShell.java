package org.vitalprep.platform;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-level settings: Lumo plus our own stylesheet (served from META-INF/resources, no frontend build). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
@Meta(name = "description", content = "VitalPrep: certification exam prep for medical assistants")
public class AppShell implements AppShellConfigurator {
}
