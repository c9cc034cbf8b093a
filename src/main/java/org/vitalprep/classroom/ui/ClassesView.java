package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.classroom.ClassInfo;
import org.vitalprep.classroom.ClassroomService;

/** The classes an instructor teaches, and a form to create one. */
@Route("teach/classes")
@PageTitle("Classes I teach | VitalPrep")
@Menu(title = "Classes I teach", order = 61, icon = "vaadin:academy-cap")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class ClassesView extends Div {

    private final ClassroomService classes;
    private final Grid<ClassInfo> grid = new Grid<>();

    public ClassesView(ClassroomService classes) {
        this.classes = classes;
        addClassName("page");
        add(new H2("Classes I teach"));
        add(new Paragraph("Learners join a class with its join code (at registration or later under My classes). "
                + "You see only the learners of your own classes."));
        TextField name = new TextField("Class name");
        name.setId("class-name");
        name.setMaxLength(120);
        TextField term = new TextField("Term");
        term.setPlaceholder("e.g. Spring 2027");
        term.setMaxLength(60);
        Button create = new Button("Create class", e -> {
            try {
                ClassInfo c = classes.createClass(name.getValue(), term.getValue());
                getUI().ifPresent(ui -> ui.navigate(ClassView.class, new RouteParameters("classId", c.id())));
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        create.setId("create-class");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(name, term, create);
        form.addClassName("toolbar");
        form.setAlignItems(FlexLayout.Alignment.BASELINE);
        form.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(form);
        grid.setId("classes-grid");
        grid.addColumn(ClassInfo::name).setHeader("Class").setFlexGrow(1);
        grid.addColumn(ClassInfo::term).setHeader("Term").setAutoWidth(true);
        grid.addColumn(ClassInfo::joinCode).setHeader("Join code").setAutoWidth(true);
        grid.addColumn(c -> c.members().size()).setHeader("Learners").setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ClassView.class,
                new RouteParameters("classId", e.getItem().id()))));
        grid.setAllRowsVisible(true);
        grid.setItems(classes.myClasses());
        add(grid);
    }
}
