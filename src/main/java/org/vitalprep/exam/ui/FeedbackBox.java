package org.vitalprep.exam.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.vitalprep.exam.Feedback;
import org.vitalprep.exam.ItemView;
import org.vitalprep.platform.Markdown;

/** The feedback a learner sees for a final question: verdict, key, a rationale per option, explanation, source. */
final class FeedbackBox {

    private FeedbackBox() {
    }

    static Div of(ItemView item, Feedback fb) {
        Div box = new Div();
        box.setId("feedback");
        box.addClassNames("feedback", fb.correct() ? "correct" : "incorrect");
        String verdict = fb.correct() ? "Correct" : fb.score() > 0 ? "Partly correct" : "Incorrect";
        H3 v = new H3(verdict);
        v.setId("verdict");
        box.add(v);
        Paragraph key = new Paragraph("Answer: " + keyWithLetters(item, fb));
        key.setId("key");
        box.add(key);
        for (Feedback.OptionFeedback o : fb.options()) {
            Paragraph p = new Paragraph();
            p.addClassName("rationale");
            Span tag = new Span(letter(item, o.id()) + o.text() + (o.key() ? " (correct)" : "")
                    + (o.chosen() && !o.key() ? " (your answer)" : "") + ": ");
            tag.addClassName("verdict");
            p.add(tag, new Span(o.rationale() == null ? "" : o.rationale()));
            box.add(p);
        }
        if (fb.explanation() != null) {
            Div ex = new Div(new Html("<div>" + Markdown.toSafeHtml(fb.explanation()) + "</div>"));
            ex.addClassName("explanation");
            box.add(ex);
        }
        Paragraph source = new Paragraph("Source: " + fb.source());
        source.addClassName("source");
        box.add(source);
        return box;
    }

    private static String keyWithLetters(ItemView item, Feedback fb) {
        if (item.options().isEmpty() || item.type() == org.vitalprep.bank.QuestionType.ORDERING) return fb.keyText();
        StringBuilder sb = new StringBuilder();
        for (Feedback.OptionFeedback o : fb.options()) {
            if (o.key()) sb.append(sb.isEmpty() ? "" : "; ").append(letter(item, o.id())).append(o.text());
        }
        return sb.toString();
    }

    private static String letter(ItemView item, String optionId) {
        if (item.type() == org.vitalprep.bank.QuestionType.ORDERING) return "";
        for (int i = 0; i < item.options().size(); i++) {
            if (item.options().get(i).id().equals(optionId)) return QuestionPanel.LETTERS.charAt(i) + ". ";
        }
        return "";
    }

}
