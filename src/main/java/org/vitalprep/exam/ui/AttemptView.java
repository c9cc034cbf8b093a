package org.vitalprep.exam.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.exam.AnswerOutcome;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.Feedback;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.Result;
import org.vitalprep.platform.Markdown;

import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Takes a quiz or exam one question at a time. Everything shown comes from the server's snapshot of the attempt:
 * answers are saved as they are given (tutor: on "Check answer", then final with feedback; exam: on every change),
 * and the timer only displays a deadline the server enforces.
 */
@Route("attempt/:attemptId")
@PageTitle("Quiz | VitalPrep")
@AnonymousAllowed
public class AttemptView extends Div implements BeforeEnterObserver {

    private final AttemptService attempts;
    private String attemptId;
    private int index;
    private boolean reviewing;
    private AttemptSnapshot snapshot;
    private QuestionPanel panel;
    private Span saveStatus;
    private Button checkButton;
    private int lastRendered = -1;

    public AttemptView(AttemptService attempts) {
        this.attempts = attempts;
        addClassNames("page", "attempt");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().get("attemptId").orElse("");
        try {
            snapshot = attempts.attempt(attemptId);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No such quiz");
        }
        index = resumeAt(snapshot);
        reviewing = false;
        render();
    }

    /** Where to resume: the saved position, inside the current segment. */
    private static int resumeAt(AttemptSnapshot s) {
        if (s.items().isEmpty()) return 0;
        AttemptSnapshot.SegmentInfo seg = s.segment();
        return Math.max(seg.from(), Math.min(s.position(), seg.to() - 1));
    }

    private void render() {
        removeAll();
        // a new question or the result starts at the top (on a phone the last one may have been scrolled far down);
        // the same question after "Check answer" shows its feedback instead
        boolean sameQuestion = index == lastRendered && !snapshot.finished();
        if (!sameQuestion) getElement().executeJs("this.scrollIntoView({block: 'start'})");
        lastRendered = snapshot.finished() ? -1 : index;
        if (snapshot.finished()) {
            renderResult();
            return;
        }
        add(header());
        if (reviewing) {
            renderReview();
        } else {
            renderQuestion();
        }
    }

    private Div header() {
        Div header = new Div();
        header.addClassName("attempt-header");
        H2 title = new H2(snapshot.title());
        title.addClassName("attempt-title");
        header.add(title);
        AttemptSnapshot.SegmentInfo seg = snapshot.segment();
        FlexLayout bar = new FlexLayout();
        bar.addClassName("attempt-bar");
        if (snapshot.segments().size() > 1) {
            Span s = new Span(seg.name() + " of " + snapshot.segments().size());
            s.setId("segment");
            bar.add(s);
        }
        Span progress = new Span("Question " + (index + 1) + " of " + snapshot.items().size());
        progress.setId("progress");
        bar.add(progress);
        if (snapshot.deadline() != null) bar.add(timer(snapshot.deadline()));
        header.add(bar);
        ProgressBar pb = new ProgressBar(0, Math.max(1, snapshot.items().size()), snapshot.answered());
        pb.getElement().setAttribute("aria-label", snapshot.answered() + " of " + snapshot.items().size() + " answered");
        header.add(pb);
        if (snapshot.kind() == AttemptSnapshot.Kind.ADAPTIVE) {
            attempts.adaptiveEstimate(attemptId).ifPresent(est -> {
                Paragraph level = new Paragraph(String.format(java.util.Locale.ROOT,
                        "Estimated level: %+.1f ± %.1f (0 is an average learner)%s", est.theta(), est.standardError(),
                        est.done() ? ". Measured precisely enough: you can finish." : ""));
                level.setId("adaptive-level");
                level.addClassName("attempt-note");
                header.add(level);
            });
        }
        snapshot.notes().forEach(n -> {
            Paragraph p = new Paragraph(n);
            p.addClassName("attempt-note");
            header.add(p);
        });
        return header;
    }

    /** Shows the time left; the server enforces the deadline, the browser only counts down and asks to refresh. */
    private Span timer(Instant deadline) {
        Span timer = new Span(format(Duration.between(Instant.now(), deadline)));
        timer.setId("timer");
        timer.addClassName("timer");
        timer.getElement().setAttribute("role", "timer");
        timer.getElement().setAttribute("aria-live", "off");
        timer.getElement().executeJs("""
                const el = this, end = $0, host = $1;
                if (el.__vpTimer) clearInterval(el.__vpTimer);
                const tick = () => {
                  const left = Math.max(0, Math.round((end - Date.now()) / 1000));
                  const h = Math.floor(left / 3600), m = Math.floor(left % 3600 / 60), s = left % 60;
                  el.textContent = (h > 0 ? h + ':' + String(m).padStart(2, '0') : m) + ':' + String(s).padStart(2, '0') + ' left';
                  el.classList.toggle('low', left < 300);
                  if (left === 0) { clearInterval(el.__vpTimer); host.$server.timeUp(); }
                };
                tick();
                el.__vpTimer = setInterval(tick, 1000);
                """, deadline.toEpochMilli(), getElement());
        return timer;
    }

    /** Called by the countdown at zero: the server applies its deadline and we show what it decided. */
    @ClientCallable
    public void timeUp() {
        int segmentBefore = snapshot.currentSegment();
        snapshot = attempts.attempt(attemptId);
        if (snapshot.finished()) {
            Notification.show("Time is up: your answers have been submitted.");
        } else if (snapshot.currentSegment() != segmentBefore) {
            Notification.show("Time is up for that segment; the next one has started.");
            index = resumeAt(snapshot);
            reviewing = false;
        }
        render();
    }

    private void renderQuestion() {
        ItemView item = snapshot.items().get(index);
        panel = new QuestionPanel(item, snapshot.immediateFeedback() ? this::enableCheck : this::autosave);
        add(panel);

        FlexLayout actions = new FlexLayout();
        actions.addClassName("attempt-actions");
        Button previous = new Button("Previous", e -> go(index - 1));
        previous.setId("previous");
        previous.setEnabled(index > snapshot.segment().from());
        Button next = new Button("Next", e -> go(index + 1));
        next.setId("next");
        next.setEnabled(index + 1 < snapshot.segment().to());
        Checkbox flag = new Checkbox("Flag for review", item.flagged());
        flag.setId("flag");
        flag.addValueChangeListener(e -> {
            if (!e.isFromClient()) return;
            snapshot = attempts.flag(attemptId, index, e.getValue());
        });
        saveStatus = new Span(item.answered() && !snapshot.immediateFeedback() ? "Answer saved" : "");
        saveStatus.setId("save-status");
        saveStatus.addClassName("save-status");
        saveStatus.getElement().setAttribute("aria-live", "polite");

        if (snapshot.immediateFeedback()) {
            if (item.feedback() == null) {
                checkButton = new Button("Check answer", e -> checkAnswer());
                checkButton.setId("check");
                checkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                checkButton.setEnabled(panel.answer().isPresent()); // an ordering always has an order to check
                actions.add(checkButton);
            } else {
                next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
        } else {
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Button review = new Button(snapshot.segments().size() > 1 ? "Review segment" : "Review and submit",
                e -> {
                    reviewing = true;
                    render();
                });
        review.setId("review");
        actions.add(previous, next, review);
        FlexLayout tools = new FlexLayout(flag, saveStatus);
        tools.addClassName("attempt-tools");
        add(tools, actions);
        if (item.feedback() != null) {
            Div fb = feedback(item, item.feedback());
            add(fb);
            fb.scrollIntoView();
        }
        if (snapshot.immediateFeedback() && item.feedback() != null && index + 1 >= snapshot.segment().to()) {
            Button finish = new Button("See results", e -> submitNow());
            finish.setId("finish");
            finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(finish);
            finish.focus();
        }
    }

    private void enableCheck() {
        if (checkButton != null) checkButton.setEnabled(panel.answer().isPresent());
    }

    private void checkAnswer() {
        Optional<org.vitalprep.exam.Answer> a = panel.answer();
        if (a.isEmpty()) {
            Notification.show("Choose your answer first.");
            return;
        }
        ItemView item = snapshot.items().get(index);
        AnswerOutcome out = attempts.answer(attemptId, index, a.get(), item.seq());
        snapshot = out.applyTo(snapshot);
        if (!out.saved()) warn(out.message());
        render();
    }

    /** Exam style: every change is saved at once; the learner may change it until the segment closes. */
    private void autosave() {
        Optional<org.vitalprep.exam.Answer> a = panel.answer();
        if (a.isEmpty()) {
            saveStatus.setText("Not answered yet");
            return;
        }
        ItemView item = snapshot.items().get(index);
        AnswerOutcome out = attempts.answer(attemptId, index, a.get(), item.seq());
        snapshot = out.applyTo(snapshot);
        if (out.saved()) {
            saveStatus.setText("Answer saved");
        } else {
            warn(out.message());
            if (snapshot.finished() || out.status() == AnswerOutcome.Status.LOCKED) index = resumeAt(snapshot);
            render();
        }
    }

    private void go(int target) {
        snapshot = attempts.moveTo(attemptId, target);
        index = target;
        render();
    }

    private void renderReview() {
        AttemptSnapshot.SegmentInfo seg = snapshot.segment();
        Div review = new Div();
        review.setId("review-screen");
        review.add(new H3(snapshot.segments().size() > 1 ? "Review: " + seg.name() : "Review your answers"));
        long answered = 0, flagged = 0, total = seg.to() - seg.from();
        Div grid = new Div();
        grid.addClassName("review-grid");
        for (int i = seg.from(); i < seg.to(); i++) {
            ItemView it = snapshot.items().get(i);
            if (it.answered()) answered++;
            if (it.flagged()) flagged++;
            int target = i;
            Button b = new Button(String.valueOf(i + 1), e -> {
                reviewing = false;
                go(target);
            });
            b.addClassName("review-cell");
            if (it.answered()) b.addClassName("answered");
            if (it.flagged()) b.addClassName("flagged");
            b.setAriaLabel("Question " + (i + 1) + ": " + (it.answered() ? "answered" : "not answered")
                    + (it.flagged() ? ", flagged" : ""));
            grid.add(b);
        }
        Paragraph counts = new Paragraph(answered + " answered, " + (total - answered) + " not answered, "
                + flagged + " flagged.");
        counts.setId("review-counts");
        review.add(counts, grid);
        boolean last = snapshot.currentSegment() == snapshot.segments().size() - 1;
        Button back = new Button("Back to the questions", e -> {
            reviewing = false;
            render();
        });
        long unanswered = total - answered;
        Button submit = new Button(last ? "Submit" : "End segment", e -> confirmSubmit(last, unanswered));
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout actions = new FlexLayout(back, submit);
        actions.addClassName("attempt-actions");
        review.add(actions);
        add(review);
    }

    private void confirmSubmit(boolean last, long unanswered) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(last ? "Submit your answers?" : "End this segment?");
        dialog.setText((unanswered > 0 ? unanswered + " question(s) are not answered and will count as wrong. " : "")
                + (last ? "You cannot change answers after submitting." : "You cannot come back to this segment."));
        dialog.setCancelable(true);
        dialog.setConfirmText(last ? "Submit" : "End segment");
        dialog.addConfirmListener(e -> {
            if (last) submitNow();
            else {
                snapshot = attempts.endSegment(attemptId);
                index = resumeAt(snapshot);
                reviewing = false;
                render();
            }
        });
        dialog.open();
    }

    private void submitNow() {
        snapshot = attempts.submit(attemptId);
        render();
    }

    private Div feedback(ItemView item, Feedback fb) {
        return FeedbackBox.of(item, fb);
    }

    private void renderResult() {
        Result r = snapshot.result();
        add(new H2(snapshot.title() + ": result"));
        Span score = new Span(r.scaled() != null
                ? "Scaled score " + r.scaled() + " · " + (r.passed() ? "Pass" : "Did not pass")
                : points(r.rawScore()) + " of " + r.scoredItems() + " correct (" + r.percent() + "%)");
        score.addClassName("score");
        score.setId("score");
        add(score);
        if (r.scaled() != null) {
            add(new Paragraph(points(r.rawScore()) + " of " + r.scoredItems() + " scored items correct ("
                    + r.percent() + "%). " + r.standard()));
        }
        if ("time".equals(snapshot.submitReason())) add(new Paragraph("Submitted automatically when the time ran out."));
        add(new Paragraph("Time: " + format(Duration.ofMillis(r.totalTimeMs())).replace(" left", "")));
        if (!r.domains().isEmpty()) {
            add(new H3("By domain"));
            Div table = new Div();
            table.setId("domains");
            table.addClassName("domain-table");
            for (Result.DomainResult d : r.domains()) {
                Div row = new Div(new Span(d.name()), new Span(d.percent() + "% of " + d.items()),
                        bandBadge(d.band()));
                row.addClassName("domain-row");
                table.add(row);
            }
            add(table);
        }
        add(new Paragraph(new RouterLink("Start another quiz", PracticeView.class)));
        boolean held = snapshot.items().stream().anyMatch(i -> i.feedback() == null);
        if (held) {
            Paragraph p = new Paragraph("Your instructor shows the answers and rationales after the due date, when "
                    + "everyone has finished. Come back then to review every question.");
            p.setId("feedback-held");
            add(p);
            return;
        }
        add(new H3("Review every question"));
        for (ItemView item : snapshot.items()) {
            Div card = new Div();
            card.addClassNames("card", "review-item");
            card.add(new Paragraph((item.index() + 1) + ". " + (item.feedback().correct() ? "Correct"
                    : item.answered() ? (item.feedback().score() > 0 ? "Partly correct" : "Incorrect") : "Not answered")
                    + " · " + Math.round(item.timeSpentMs() / 1000.0) + " s"));
            card.add(new Div(new Html("<div>" + item.stemHtml() + "</div>")));
            if (item.stripSvg() != null) {
                Div strip = new Div(new Html(item.stripSvg()));
                strip.addClassName("ekg-strip-box");
                card.add(strip);
            }
            card.add(feedback(item, item.feedback()));
            add(card);
        }
    }

    private static Span bandBadge(Result.Band band) {
        Span s = new Span(switch (band) {
            case ABOVE -> "Above the standard";
            case NEAR -> "Near the standard";
            case BELOW -> "Below the standard";
        });
        s.getElement().getThemeList().add("badge " + switch (band) {
            case ABOVE -> "success";
            case NEAR -> "contrast";
            case BELOW -> "error";
        });
        return s;
    }

    private void warn(String message) {
        Notification n = Notification.show(message, 5000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    /** 3 or 2.5: partial credit shows its fraction, whole scores do not. */
    static String points(double raw) {
        double r = Math.round(raw * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.valueOf(r);
    }

    static String format(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long h = s / 3600, m = s % 3600 / 60, sec = s % 60;
        return (h > 0 ? h + ":" + String.format("%02d", m) : String.valueOf(m)) + ":" + String.format("%02d", sec) + " left";
    }
}
