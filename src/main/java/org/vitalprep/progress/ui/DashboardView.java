package org.vitalprep.progress.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.progress.Charts;
import org.vitalprep.progress.ProgressService;
import org.vitalprep.progress.ProgressSummary;
import org.vitalprep.progress.ReadinessEstimate;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where the learner stands: readiness per certification, mastery by domain, accuracy over time, reviews due. */
@Route("progress")
@PageTitle("My progress | VitalPrep")
@Menu(title = "My progress", order = 3, icon = "vaadin:chart")
@AnonymousAllowed
public class DashboardView extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    public DashboardView(ProgressService progress) {
        addClassNames("page", "dashboard");
        ProgressSummary s = progress.summary();
        add(new H2("My progress"));

        Div stats = new Div();
        stats.addClassName("stat-row");
        stats.add(stat("answered", String.valueOf(s.answered()), "questions answered"),
                stat("accuracy", s.answered() == 0 ? "–" : s.percent() + "%", "correct"),
                stat("study-time", hours(s.timeMs()), "study time"),
                stat("streak", String.valueOf(s.streakDays()), s.streakDays() == 1 ? "day streak" : "days streak"),
                stat("due", String.valueOf(s.dueToday()), "reviews due"));
        add(stats);
        Button review = new Button("Start today's review", e -> {
            try {
                var a = progress.startReview();
                getUI().ifPresent(ui -> ui.navigate("attempt/" + a.id()));
            } catch (IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        review.setId("start-review");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        review.setEnabled(s.dueToday() > 0);
        add(review);

        add(new H3("Study next"));
        UnorderedList next = new UnorderedList();
        next.setId("study-next");
        if (s.studyNext().isEmpty()) next.add(new ListItem("Take a practice quiz to get started."));
        s.studyNext().forEach(t -> next.add(new ListItem(t)));
        add(next);

        add(new H3("Readiness by certification"));
        Div readiness = new Div();
        readiness.setId("readiness");
        readiness.addClassName("readiness-list");
        for (ReadinessEstimate r : s.readiness()) {
            Div card = new Div();
            card.addClassNames("card", "readiness-card");
            String headline = r.enoughData() ? r.examId() + ": " + Math.round(r.passProbability() * 100) + "% chance to pass"
                    : r.examId() + ": not enough data yet";
            card.add(new H3(headline));
            if (r.enoughData()) {
                card.add(new Html(Charts.readinessBar(r.low(), r.high(), r.expectedPercent(), r.cutPercent(),
                        "Likely score " + r.low() + "% to " + r.high() + "%, passing standard " + r.cutPercent() + "%")));
            }
            Paragraph why = new Paragraph(r.explanation());
            why.addClassName("readiness-explanation");
            card.add(why);
            readiness.add(card);
        }
        add(readiness);

        add(new H3("Accuracy over the last 30 days"));
        List<Charts.Point> points = s.days().stream().map(d -> new Charts.Point(DAY.format(d.date()),
                d.answered() == 0 ? null : d.percent(), d.answered())).toList();
        long activeDays = s.days().stream().filter(d -> d.answered() > 0).count();
        Div chart = new Div(new Html(Charts.accuracyOverTime(points, "Accuracy over the last 30 days",
                activeDays + " days with answers in the last 30; bars show how many, the line the percent correct.")));
        chart.setId("accuracy-chart");
        chart.addClassName("chart-box");
        add(chart);

        add(new H3("Mastery by module"));
        add(areaTable(s.modules(), "modules"));
        add(new H3("Mastery by exam domain"));
        if (s.domains().isEmpty()) add(new Paragraph("Answer some questions to see your domains."));
        else add(areaTable(s.domains(), "domains"));
    }

    private static Div stat(String id, String value, String label) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        v.setId("stat-" + id);
        Div d = new Div(v, new Span(label));
        d.addClassName("stat");
        return d;
    }

    private static Div areaTable(List<ProgressSummary.Area> areas, String id) {
        Div table = new Div();
        table.setId(id);
        table.addClassName("mastery");
        for (ProgressSummary.Area a : areas) {
            Div row = new Div();
            row.addClassName("mastery-row");
            Span name = new Span(a.name());
            Span bar = new Span();
            bar.addClassName("mastery-bar");
            bar.getElement().setAttribute("role", "img");
            bar.getElement().setAttribute("aria-label", a.answered() == 0 ? "not started" : a.percent() + "% correct");
            Span fill = new Span();
            fill.addClassNames("mastery-fill", a.answered() == 0 ? "none" : a.percent() >= 80 ? "high"
                    : a.percent() >= 65 ? "mid" : "low");
            fill.getStyle().set("width", (a.answered() == 0 ? 0 : a.percent()) + "%");
            bar.add(fill);
            String trend = switch (a.trend()) {
                case "up" -> " ↑ improving";
                case "down" -> " ↓ slipping";
                default -> "";
            };
            Span detail = new Span(a.answered() == 0 ? "not started" : a.percent() + "% of " + a.answered()
                    + (a.total() > 0 ? " · seen " + a.seen() + " of " + a.total() : "") + trend);
            detail.addClassName("mastery-detail");
            row.add(name, bar, detail);
            table.add(row);
        }
        return table;
    }

    private static String hours(long ms) {
        long minutes = ms / 60000;
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }

}
