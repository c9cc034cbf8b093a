package org.vitalprep.exam.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.Feedback;
import org.vitalprep.exam.PracticeAttempt;
import org.vitalprep.exam.PracticeItem;

import java.util.NoSuchElementException;

/**
 * Takes a practice quiz one question at a time. Before a question is answered the page holds only its stem and
 * option texts; the key and rationales arrive with the feedback, after the answer has been saved.
 */
@Route("practice/:attemptId")
@PageTitle("Practice quiz | VitalPrep")
@AnonymousAllowed
public class AttemptView extends Div implements BeforeEnterObserver {

    private static final String LETTERS = "ABCDEFGHIJKL";
    private final AttemptService attempts;
    private String attemptId;
    private int index;

    public AttemptView(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().get("attemptId").orElse("");
        try {
            PracticeAttempt a = attempts.attempt(attemptId);
            index = firstOpen(a);
            render(a);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No such quiz");
        }
    }

    /** Where to resume: the saved position, or the first unanswered question before it. */
    private static int firstOpen(PracticeAttempt a) {
        for (PracticeItem i : a.items()) {
            if (!i.answered()) return Math.min(i.index(), Math.max(a.position(), 0));
        }
        return Math.min(a.position(), a.total() - 1);
    }

    private void render(PracticeAttempt a) {
        removeAll();
        if (a.finished()) {
            renderResult(a);
            return;
        }
        PracticeItem item = a.items().get(index);
        Span progress = new Span("Question " + (index + 1) + " of " + a.total());
        progress.setId("progress");
        ProgressBar bar = new ProgressBar(0, a.total(), a.answered());
        bar.getElement().setAttribute("aria-label", a.answered() + " of " + a.total() + " answered");
        add(progress, bar);

        Div stem = new Div(new Html("<div>" + item.stemHtml() + "</div>"));
        stem.addClassName("stem");
        stem.setId("stem");
        add(stem);

        RadioButtonGroup<PracticeItem.ChoiceOption> options = new RadioButtonGroup<>();
        options.setId("options");
        options.setAriaLabel("Answer options");
        options.addThemeName("vertical");
        options.setItems(item.options());
        options.setItemLabelGenerator(o -> LETTERS.charAt(item.options().indexOf(o)) + ". " + o.text());
        add(options);

        Button check = new Button("Check answer");
        check.setId("check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button finish = new Button("Finish quiz", e -> render(attempts.finish(attemptId)));
        finish.setId("finish");
        FlexLayout actions = new FlexLayout(check);
        actions.getStyle().set("gap", "var(--lumo-space-s)").set("margin-top", "var(--lumo-space-m)");
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(actions);

        if (item.answered()) {
            options.setValue(item.options().stream().filter(o -> o.id().equals(item.chosen())).findFirst().orElse(null));
            options.setReadOnly(true);
            check.setVisible(false);
            showFeedback(item.feedback(), a, actions);
        } else {
            check.setEnabled(false);
            options.addValueChangeListener(e -> check.setEnabled(e.getValue() != null));
            check.addClickListener(e -> {
                attempts.answer(attemptId, index, options.getValue().id());
                render(attempts.attempt(attemptId)); // re-read: what is stored is what is shown
            });
        }
        actions.add(finish);
        if (index > 0) {
            Button previous = new Button("Previous", e -> go(index - 1));
            previous.setId("previous");
            actions.addComponentAtIndex(0, previous);
        }
    }

    private void showFeedback(Feedback fb, PracticeAttempt a, FlexLayout actions) {
        Div box = new Div();
        box.setId("feedback");
        box.addClassNames("feedback", fb.correct() ? "correct" : "incorrect");
        String keyLetter = letterOf(a.items().get(index), fb.keyId());
        H3 verdict = new H3(fb.correct() ? "Correct" : "Incorrect: the answer is " + keyLetter);
        verdict.setId("verdict");
        box.add(verdict);
        for (Feedback.OptionFeedback o : fb.options()) {
            Paragraph p = new Paragraph();
            p.addClassName("rationale");
            Span tag = new Span(letterOf(a.items().get(index), o.id()) + ". " + o.text()
                    + (o.key() ? " (answer)" : "") + (o.chosen() && !o.key() ? " (your answer)" : "") + ": ");
            tag.addClassName("verdict");
            p.add(tag, new Span(o.rationale()));
            box.add(p);
        }
        Paragraph source = new Paragraph("Source: " + fb.source());
        source.addClassName("source");
        box.add(source);
        add(box);
        Button next = index + 1 < a.total()
                ? new Button("Next question", e -> go(index + 1))
                : new Button("See results", e -> render(attempts.finish(attemptId)));
        next.setId("next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(next);
        next.focus();
    }

    private void go(int target) {
        index = target;
        attempts.moveTo(attemptId, target);
        render(attempts.attempt(attemptId));
    }

    private void renderResult(PracticeAttempt a) {
        add(new H2("Your result"));
        Span score = new Span(a.correct() + " of " + a.total() + " correct (" + a.percent() + "%)");
        score.addClassName("score");
        score.setId("score");
        add(score);
        if (a.answered() < a.total()) {
            add(new Paragraph((a.total() - a.answered()) + " question(s) were not answered and count as wrong."));
        }
        add(new Paragraph(new RouterLink("Start another quiz", PracticeView.class)));
        add(new H3("Review"));
        for (PracticeItem item : a.items()) {
            Div card = new Div();
            card.addClassNames("card", "review-item");
            Feedback fb = item.feedback();
            card.add(new Paragraph((item.index() + 1) + ". " + (fb.correct() ? "Correct" : item.answered()
                    ? "Incorrect" : "Not answered")));
            card.add(new Div(new Html("<div>" + item.stemHtml() + "</div>")));
            for (Feedback.OptionFeedback o : fb.options()) {
                Paragraph p = new Paragraph();
                p.addClassName("rationale");
                Span tag = new Span(letterOf(item, o.id()) + ". " + o.text() + (o.key() ? " (answer)" : "")
                        + (o.chosen() && !o.key() ? " (your answer)" : "") + ": ");
                tag.addClassName("verdict");
                p.add(tag, new Span(o.rationale()));
                card.add(p);
            }
            add(card);
        }
    }

    private static String letterOf(PracticeItem item, String optionId) {
        for (int i = 0; i < item.options().size(); i++) {
            if (item.options().get(i).id().equals(optionId)) return String.valueOf(LETTERS.charAt(i));
        }
        return "?";
    }
}
