package org.vitalprep.classroom.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("teach/classes/:classId/learners/:learner")
@PageTitle("Competencies | VitalPrep")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class CompetenciesView extends Div {
}
