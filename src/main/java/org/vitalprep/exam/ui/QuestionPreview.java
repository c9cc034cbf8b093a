package org.vitalprep.exam.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.vitalprep.bank.Question;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.ItemView;

/**
 * A question exactly as learners see it (the same panel and feedback as an attempt), for authors: answer it and
 * press "Check answer" to see the feedback a learner would get. Nothing is stored.
 */
public class QuestionPreview extends Div {

    private final AttemptService attempts;
    private Question question;

    public QuestionPreview(AttemptService attempts) {
        this.attempts = attempts;
        addClassName("question-preview");
        setId("preview");
    }

    /** Shows the question (null: a message that there is nothing valid to preview). */
    public void show(Question q) {
        this.question = q;
        removeAll();
        if (q == null) {
            add(new Paragraph("Fix the problems listed to see the preview."));
            return;
        }
        ItemView view = attempts.preview(q, null);
        Button check = new Button("Check answer");
        check.setId("preview-check");
        check.setEnabled(false);
        QuestionPanel[] panel = new QuestionPanel[1];
        Div feedback = new Div();
        panel[0] = new QuestionPanel(view, () -> check.setEnabled(panel[0].answer().isPresent()));
        check.addClickListener(e -> panel[0].answer().ifPresent(a -> {
            ItemView answered = attempts.preview(question, a);
            feedback.removeAll();
            feedback.add(FeedbackBox.of(answered, answered.feedback()));
        }));
        add(panel[0], check, feedback);
    }
}
