package org.vitalprep.exam.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vitalprep.exam.Answer;
import org.vitalprep.exam.ItemView;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders one question for answering, whatever its type, and turns what the learner did into an {@link Answer}.
 * Only the item's presentable parts are used (no key ever reaches this component before feedback).
 */
class QuestionPanel extends Div {

    static final String LETTERS = "ABCDEFGHIJKL";

    private final ItemView item;
    private final Runnable onChange;
    private RadioButtonGroup<ItemView.Choice> radio;
    private CheckboxGroup<ItemView.Choice> checks;
    private final List<ItemView.Choice> order = new ArrayList<>();
    private Div orderList;
    private final Map<String, Select<ItemView.Choice>> matchSelects = new LinkedHashMap<>();
    private NumberField number;

    QuestionPanel(ItemView item, Runnable onChange) {
        this.item = item;
        this.onChange = onChange;
        addClassName("question-panel");
        Div stem = new Div(new Html("<div>" + item.stemHtml() + "</div>"));
        stem.addClassName("stem");
        stem.setId("stem");
        add(stem);
        if (item.stripSvg() != null) {
            Div strip = new Div(new Html(item.stripSvg()));
            strip.addClassName("ekg-strip-box");
            strip.setId("ekg-strip");
            add(strip);
        }
        switch (item.type()) {
            case SINGLE_BEST_ANSWER, TRUE_FALSE, EKG_STRIP -> add(radio(item.options()));
            case HOTSPOT -> {
                add(hotspot());
                add(radio(item.options()));
            }
            case MULTIPLE_RESPONSE -> add(checks());
            case ORDERING -> add(ordering());
            case MATCHING -> add(matching());
            case NUMERIC -> add(numeric());
        }
        show(item.answer());
        setReadOnly(item.locked());
    }

    private RadioButtonGroup<ItemView.Choice> radio(List<ItemView.Choice> options) {
        radio = new RadioButtonGroup<>();
        radio.setId("options");
        radio.setAriaLabel(item.type().name().equals("HOTSPOT") ? "Regions of the image" : "Answer options");
        radio.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        radio.setItems(options);
        radio.setItemLabelGenerator(o -> LETTERS.charAt(options.indexOf(o)) + ". " + o.text());
        radio.addValueChangeListener(e -> {
            if (e.isFromClient()) changed();
        });
        return radio;
    }

    private Component checks() {
        checks = new CheckboxGroup<>();
        checks.setId("options");
        checks.setLabel("Select all that apply");
        checks.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        checks.setItems(item.options());
        checks.setItemLabelGenerator(o -> LETTERS.charAt(item.options().indexOf(o)) + ". " + o.text());
        checks.addValueChangeListener(e -> {
            if (e.isFromClient()) changed();
        });
        return checks;
    }

    /** The image with its clickable regions drawn on it; the radio group below does the same by keyboard. */
    private Component hotspot() {
        Document doc = Jsoup.parse(item.imageSvg(), "", Parser.xmlParser());
        Element svg = doc.selectFirst("svg");
        for (ItemView.Region r : item.regions()) {
            Element shape = switch (r.shape()) {
                case "circle" -> new Element("circle").attr("cx", n(r.coords().get(0))).attr("cy", n(r.coords().get(1)))
                        .attr("r", n(r.coords().get(2)));
                case "rect" -> new Element("rect").attr("x", n(r.coords().get(0))).attr("y", n(r.coords().get(1)))
                        .attr("width", n(r.coords().get(2))).attr("height", n(r.coords().get(3)));
                default -> {
                    StringBuilder pts = new StringBuilder();
                    for (int i = 0; i + 1 < r.coords().size(); i += 2) {
                        pts.append(n(r.coords().get(i))).append(',').append(n(r.coords().get(i + 1))).append(' ');
                    }
                    yield new Element("polygon").attr("points", pts.toString().trim());
                }
            };
            shape.attr("class", "hotspot-region").attr("data-region", r.id());
            shape.appendElement("title").text(r.label());
            svg.appendChild(shape);
        }
        doc.outputSettings().prettyPrint(false);
        Div box = new Div(new Html("<div>" + svg.outerHtml() + "</div>"));
        box.addClassName("hotspot-box");
        box.setId("hotspot");
        box.getElement().setAttribute("aria-hidden", "true"); // the radio group is the accessible control
        box.getElement().addEventListener("click", e -> {
            String id = e.getEventData().get("event.target.getAttribute('data-region')").asString("");
            if (item.locked() || id.isEmpty()) return;
            item.options().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(o -> {
                radio.setValue(o);
                changed();
            });
        }).addEventData("event.target.getAttribute('data-region')");
        return box;
    }

    private Component ordering() {
        orderList = new Div();
        orderList.setId("ordering");
        orderList.addClassName("ordering");
        orderList.getElement().setAttribute("role", "list");
        orderList.getElement().setAttribute("aria-label", "Steps in your order; use the buttons to move a step");
        order.addAll(item.options());
        renderOrder();
        return orderList;
    }

    private void renderOrder() {
        orderList.removeAll();
        for (int i = 0; i < order.size(); i++) {
            ItemView.Choice c = order.get(i);
            int pos = i;
            Div row = new Div();
            row.addClassName("ordering-row");
            row.getElement().setAttribute("role", "listitem");
            Span label = new Span((i + 1) + ". " + c.text());
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(pos, -1));
            up.setAriaLabel("Move \"" + c.text() + "\" up");
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            up.setEnabled(i > 0 && !item.locked());
            up.addClassName("move-up");
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(pos, 1));
            down.setAriaLabel("Move \"" + c.text() + "\" down");
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.setEnabled(i < order.size() - 1 && !item.locked());
            down.addClassName("move-down");
            row.add(up, down, label);
            orderList.add(row);
        }
    }

    private void move(int pos, int delta) {
        int to = pos + delta;
        if (to < 0 || to >= order.size()) return;
        ItemView.Choice c = order.remove(pos);
        order.add(to, c);
        renderOrder();
        changed();
    }

    private Component matching() {
        Div box = new Div();
        box.setId("matching");
        box.addClassName("matching");
        for (ItemView.Choice p : item.prompts()) {
            Select<ItemView.Choice> s = new Select<>();
            s.setLabel(p.text());
            s.setPlaceholder("Choose a match");
            s.setItems(item.choices());
            s.setItemLabelGenerator(ItemView.Choice::text);
            s.setWidthFull();
            s.addValueChangeListener(e -> {
                if (e.isFromClient()) changed();
            });
            matchSelects.put(p.id(), s);
            box.add(s);
        }
        return box;
    }

    private Component numeric() {
        number = new NumberField("Your answer");
        number.setId("number");
        number.setSuffixComponent(new Span(item.unit()));
        number.setAriaLabel("Your answer in " + item.unit());
        number.addValueChangeListener(e -> {
            if (e.isFromClient()) changed();
        });
        return number;
    }

    private void changed() {
        if (onChange != null) onChange.run();
    }

    /** Shows a saved answer. */
    private void show(Answer a) {
        if (a == null) return;
        switch (item.type()) {
            case SINGLE_BEST_ANSWER, TRUE_FALSE, EKG_STRIP, HOTSPOT -> radio.setValue(find(item.options(), a.choice()));
            case MULTIPLE_RESPONSE -> checks.setValue(new java.util.HashSet<>(a.choices().stream()
                    .map(id -> find(item.options(), id)).toList()));
            case ORDERING -> {
                order.clear();
                a.order().forEach(id -> order.add(find(item.options(), id)));
                renderOrder();
            }
            case MATCHING -> a.matches().forEach((p, c) -> {
                Select<ItemView.Choice> s = matchSelects.get(p);
                if (s != null) s.setValue(find(item.choices(), c));
            });
            case NUMERIC -> number.setValue(a.number());
        }
    }

    private static ItemView.Choice find(List<ItemView.Choice> list, String id) {
        return list.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    /** The learner's answer as it stands, or empty while incomplete. */
    Optional<Answer> answer() {
        return switch (item.type()) {
            case SINGLE_BEST_ANSWER, TRUE_FALSE, EKG_STRIP, HOTSPOT ->
                    Optional.ofNullable(radio.getValue()).map(c -> Answer.choice(c.id()));
            case MULTIPLE_RESPONSE -> checks.getValue().isEmpty() ? Optional.empty()
                    : Optional.of(Answer.choices(item.options().stream().filter(checks.getValue()::contains)
                    .map(ItemView.Choice::id).toList()));
            case ORDERING -> Optional.of(Answer.order(order.stream().map(ItemView.Choice::id).toList()));
            case MATCHING -> {
                Map<String, String> m = new LinkedHashMap<>();
                matchSelects.forEach((p, s) -> {
                    if (s.getValue() != null) m.put(p, s.getValue().id());
                });
                yield m.size() == matchSelects.size() ? Optional.of(Answer.matches(m)) : Optional.empty();
            }
            case NUMERIC -> Optional.ofNullable(number.getValue()).map(Answer::number);
        };
    }

    void setReadOnly(boolean readOnly) {
        if (radio != null) radio.setReadOnly(readOnly);
        if (checks != null) checks.setReadOnly(readOnly);
        matchSelects.values().forEach(s -> s.setReadOnly(readOnly));
        if (number != null) number.setReadOnly(readOnly);
    }

    private static String n(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
