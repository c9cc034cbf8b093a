package org.vitalprep.authoring.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.vitalprep.authoring.AuthoredItem;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.authoring.InvalidQuestionException;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.ui.QuestionPreview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;

/**
 * The question editor: a form for every question type (or the bank JSON itself), checked as you type by the
 * validator the bank loader uses, with a live preview identical to what learners see, and the workflow buttons.
 */
@Route("teach/questions/:id")
@PageTitle("Edit question | VitalPrep")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
public class QuestionEditorView extends Div implements BeforeEnterObserver {

    private static final String IDS = "abcdefghijkl";
    private static final List<String> RHYTHMS = List.of("normal-sinus", "sinus-bradycardia", "sinus-tachycardia",
            "atrial-fibrillation", "atrial-flutter", "sinus-with-pvcs", "ventricular-tachycardia",
            "ventricular-fibrillation", "asystole", "first-degree-av-block", "second-degree-av-block-mobitz-1",
            "second-degree-av-block-mobitz-2", "third-degree-av-block");

    private final AuthoringService authoring;
    private final QuestionPreview preview;
    private AuthoredItem item;
    private QuestionType type;
    private boolean loading;

    private final Select<String> module = new Select<>();
    private final TextArea stem = new TextArea("Stem (Markdown)");
    private final TextArea rationale = new TextArea("Overall rationale");
    private final Select<String> difficulty = new Select<>();
    private final TextField topic = new TextField("Topic");
    private final TextField source = new TextField("Source");
    private final MultiSelectComboBox<String> domains = new MultiSelectComboBox<>("Exam domains");
    private final Div typeFields = new Div();
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> promptRows = new ArrayList<>();
    private final List<Row> choiceRows = new ArrayList<>();
    private final NumberField value = new NumberField("Correct value");
    private final NumberField tolerance = new NumberField("Tolerance (±)");
    private final TextField unit = new TextField("Unit");
    private final TextArea svg = new TextArea("Image (SVG)");
    private final TextField alt = new TextField("Image description (alt text)");
    private final Select<String> rhythm = new Select<>();
    private final IntegerField rate = new IntegerField("Rate (bpm)");
    private final IntegerField pr = new IntegerField("PR (ms)");
    private final IntegerField qrs = new IntegerField("QRS (ms)");
    private final Checkbox regular = new Checkbox("Regular");
    private final IntegerField seed = new IntegerField("Seed");
    private final Select<String> scoring = new Select<>();
    private final TextArea json = new TextArea("Bank JSON of this question");
    private final UnorderedList errors = new UnorderedList();
    private final Span status = new Span();
    private final Div actions = new Div();
    private final UnorderedList history = new UnorderedList();
    private String ekgConduction;
    private Question.Ectopy ekgEctopy;
    private Integer ekgAtrial;
    private Integer ekgQt;
    private List<Question.CommonError> commonErrors = List.of();

    /** One editable option, prompt or choice. */
    private final class Row {
        final String id;
        final TextField text = new TextField();
        final TextField why = new TextField();
        final Checkbox key = new Checkbox("Correct");
        final Select<String> match = new Select<>();
        final Select<String> shape = new Select<>();
        final TextField coords = new TextField("Coordinates");

        Row(String id, String label) {
            this.id = id;
            text.setLabel(label + " text");
            why.setLabel(label + " rationale");
            key.setAriaLabel("Option " + id + " is correct");
            match.setLabel("Matches");
            shape.setLabel("Region shape");
            shape.setItems("rect", "circle", "polygon");
            coords.setHelperText("rect: x, y, width, height; circle: cx, cy, r; polygon: x1, y1, x2, y2, ...");
            for (TextField f : List.of(text, why, coords)) {
                f.setValueChangeMode(ValueChangeMode.LAZY);
                f.addValueChangeListener(e -> changed());
                f.setWidthFull();
            }
            key.addValueChangeListener(e -> {
                if (e.getValue() && e.isFromClient() && type.singleChoice()) {
                    rows.stream().filter(r -> r != this).forEach(r -> r.key.setValue(false));
                }
                changed();
            });
            match.addValueChangeListener(e -> changed());
            shape.addValueChangeListener(e -> changed());
        }
    }

    public QuestionEditorView(AuthoringService authoring, AttemptService attempts) {
        this.authoring = authoring;
        this.preview = new QuestionPreview(attempts);
        addClassNames("page", "question-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            item = authoring.item(id);
        } catch (NoSuchElementException e) {
            throw new NotFoundException("No question " + id);
        }
        build();
    }

    private void build() {
        removeAll();
        type = item.type();
        add(new RouterLink("← All my questions", AuthoringView.class));
        H2 title = new H2(type.label() + " question " + item.id());
        add(title);
        status.setId("status");
        add(new Paragraph(status));
        actions.addClassName("editor-actions");
        add(actions);

        module.setLabel("Module");
        module.setItems(AuthoringService.MODULES);
        difficulty.setLabel("Difficulty");
        difficulty.setItems("", "easy", "medium", "hard");
        difficulty.setItemLabelGenerator(s -> s.isEmpty() ? "(not set)" : s);
        domains.setItems(new TreeSet<>(authoring.domainCodes()));
        domains.setHelperText("The certification exam domains this question counts for");
        stem.setId("stem-field");
        json.setId("json-field");
        json.setWidthFull();
        json.setMinHeight("20em");
        for (TextArea a : List.of(stem, rationale)) {
            a.setWidthFull();
            a.setValueChangeMode(ValueChangeMode.LAZY);
            a.addValueChangeListener(e -> changed());
        }
        for (TextField f : List.of(topic, source, unit, alt)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> changed());
        }
        svg.setWidthFull();
        svg.setValueChangeMode(ValueChangeMode.LAZY);
        svg.addValueChangeListener(e -> changed());
        module.addValueChangeListener(e -> changed());
        difficulty.addValueChangeListener(e -> changed());
        domains.addValueChangeListener(e -> changed());
        for (NumberField f : List.of(value, tolerance)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> changed());
        }
        rhythm.setLabel("Rhythm");
        rhythm.setItems(RHYTHMS);
        rhythm.addValueChangeListener(e -> changed());
        for (IntegerField f : List.of(rate, pr, qrs, seed)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> changed());
        }
        regular.addValueChangeListener(e -> changed());
        scoring.setLabel("Scoring");
        scoring.setItems("all-or-nothing", "partial");
        scoring.addValueChangeListener(e -> changed());

        Div form = new Div();
        form.addClassName("editor-form");
        form.add(new FlexLayout(module, difficulty), stem, typeFields, rationale, domains, new FlexLayout(topic, source));
        domains.setWidthFull();
        source.setWidthFull();

        Button apply = new Button("Apply JSON to the form", e -> applyJson());
        apply.setId("apply-json");
        Div jsonTab = new Div(new Paragraph("Edit the question as bank JSON (the format of question-banks/*.json)."),
                json, apply);
        TabSheet tabs = new TabSheet();
        tabs.add("Form", form);
        tabs.add("JSON", jsonTab);
        tabs.setWidthFull();

        errors.setId("errors");
        Div side = new Div(new H3("Problems"), errors, new H3("Preview (as learners see it)"), preview);
        side.addClassName("editor-side");
        FlexLayout columns = new FlexLayout(tabs, side);
        columns.addClassName("editor-columns");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        add(columns, new H3("History"), history);
        load(item.json());
        refreshChrome();
    }

    // ---- form <-> question ---------------------------------------------------------------------------------

    private void load(String questionJson) {
        AuthoringService.Check c = authoring.check(item.module(), questionJson);
        Question q = c.question();
        if (q == null) { // a stored copy always parses; this is the JSON tab with errors
            showErrors(c.errors());
            return;
        }
        loading = true;
        try {
            module.setValue(item.module());
            stem.setValue(q.stem());
            rationale.setValue(q.rationale() == null ? "" : q.rationale());
            difficulty.setValue(q.difficulty() == null ? "" : q.difficulty());
            topic.setValue(q.topic() == null ? "" : q.topic());
            source.setValue(q.source() == null ? "" : q.source());
            domains.setValue(new TreeSet<>(q.domains()));
            commonErrors = q.commonErrors();
            rows.clear();
            promptRows.clear();
            choiceRows.clear();
            for (Question.Option o : q.options()) {
                Row r = new Row(o.id(), "Option " + o.id());
                r.text.setValue(o.text());
                r.why.setValue(o.rationale() == null ? "" : o.rationale());
                r.key.setValue(q.keyIds().contains(o.id()));
                if (o.region() != null) {
                    r.shape.setValue(o.region().shape());
                    r.coords.setValue(String.join(", ", o.region().coords().stream().map(QuestionEditorView::num).toList()));
                }
                rows.add(r);
            }
            if (type == QuestionType.ORDERING) { // rows in key order: the order shown is the answer
                rows.sort(java.util.Comparator.comparingInt(r -> q.keyIds().indexOf(r.id)));
            }
            for (Question.Choice ch : q.choices()) {
                Row r = new Row(ch.id(), "Choice " + ch.id());
                r.text.setValue(ch.text());
                r.why.setValue(ch.rationale() == null ? "" : ch.rationale());
                choiceRows.add(r);
            }
            for (Question.Prompt p : q.prompts()) {
                Row r = new Row(p.id(), "Prompt " + p.id());
                r.text.setValue(p.text());
                r.why.setValue(p.rationale() == null ? "" : p.rationale());
                r.match.setItems(choiceRows.stream().map(x -> x.id).toList());
                r.match.setValue(q.matchKey().get(p.id()));
                promptRows.add(r);
            }
            if (q.numericKey() != null) {
                value.setValue(q.numericKey().value());
                tolerance.setValue(q.numericKey().tolerance());
                unit.setValue(q.numericKey().unit());
            }
            if (q.image() != null) {
                svg.setValue(q.image().svg());
                alt.setValue(q.image().alt());
            }
            if (q.strip() != null) {
                Question.EkgStripSpec s = q.strip();
                rhythm.setValue(s.rhythm());
                rate.setValue(s.rate());
                pr.setValue(s.prMs());
                qrs.setValue(s.qrsMs());
                regular.setValue(Boolean.TRUE.equals(s.regular()));
                seed.setValue((int) s.seed());
                ekgConduction = s.conduction();
                ekgEctopy = s.ectopy();
                ekgAtrial = s.atrialRate();
                ekgQt = s.qtMs();
            }
            scoring.setValue(q.scoring() == null ? "all-or-nothing" : q.scoring());
            layoutTypeFields();
        } finally {
            loading = false;
        }
        changed();
    }

    private void layoutTypeFields() {
        typeFields.removeAll();
        switch (type) {
            case MATCHING -> {
                typeFields.add(new H3("Prompts"));
                promptRows.forEach(r -> typeFields.add(rowLayout(r, promptRows, false)));
                typeFields.add(addButton("Add prompt", promptRows, "p", "Prompt"));
                typeFields.add(new H3("Choices"));
                choiceRows.forEach(r -> typeFields.add(rowLayout(r, choiceRows, false)));
                typeFields.add(addButton("Add choice", choiceRows, "c", "Choice"));
            }
            case NUMERIC -> typeFields.add(new FlexLayout(value, tolerance, unit));
            default -> {
                if (type == QuestionType.HOTSPOT) typeFields.add(svg, alt);
                if (type == QuestionType.EKG_STRIP) typeFields.add(new FlexLayout(rhythm, rate, pr, qrs, regular, seed));
                if (type == QuestionType.MULTIPLE_RESPONSE) typeFields.add(scoring);
                typeFields.add(new H3(type == QuestionType.ORDERING ? "Steps, in the correct order" : "Options"));
                rows.forEach(r -> typeFields.add(rowLayout(r, rows, type == QuestionType.ORDERING)));
                if (type != QuestionType.TRUE_FALSE) typeFields.add(addButton("Add option", rows, "", "Option"));
            }
        }
    }

    private Component rowLayout(Row r, List<Row> list, boolean movable) {
        Div box = new Div();
        box.addClassName("editor-row");
        box.add(r.text, r.why);
        HorizontalLayout tools = new HorizontalLayout();
        if (list == rows && type != QuestionType.ORDERING) tools.add(r.key);
        if (list == promptRows) {
            // new items reset a Select's value: keep the match unless its choice was removed
            String matched = r.match.getValue();
            List<String> choiceIds = choiceRows.stream().map(x -> x.id).toList();
            r.match.setItems(choiceIds);
            if (matched != null && choiceIds.contains(matched)) r.match.setValue(matched);
            tools.add(r.match);
        }
        if (type == QuestionType.HOTSPOT && list == rows) tools.add(r.shape, r.coords);
        if (movable) {
            Button up = new Button("Move up", e -> move(list, r, -1));
            Button down = new Button("Move down", e -> move(list, r, 1));
            up.addThemeVariants(ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL);
            tools.add(up, down);
        }
        if (type != QuestionType.TRUE_FALSE) {
            Button remove = new Button("Remove", e -> {
                list.remove(r);
                layoutTypeFields();
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            tools.add(remove);
        }
        tools.setAlignItems(FlexLayout.Alignment.BASELINE);
        box.add(tools);
        return box;
    }

    private Button addButton(String label, List<Row> list, String prefix, String what) {
        Button b = new Button(label, e -> {
            String id = null;
            for (int i = 0; i < IDS.length() && id == null; i++) {
                String candidate = prefix.isEmpty() ? String.valueOf(IDS.charAt(i)) : prefix + (i + 1);
                if (list.stream().noneMatch(r -> r.id.equals(candidate))) id = candidate;
            }
            if (id == null) {
                Notification.show("At most " + IDS.length());
                return;
            }
            list.add(new Row(id, what + " " + id));
            layoutTypeFields();
            changed();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void move(List<Row> list, Row r, int by) {
        int i = list.indexOf(r);
        int j = i + by;
        if (j < 0 || j >= list.size()) return;
        list.set(i, list.get(j));
        list.set(j, r);
        layoutTypeFields();
        changed();
    }

    /** The question as the form describes it (whatever state it is in; the validator judges it). */
    private Question fromForm() {
        List<Question.Option> options = new ArrayList<>();
        List<String> key = new ArrayList<>();
        for (Row r : rows) {
            Question.Region region = null;
            if (type == QuestionType.HOTSPOT) region = new Question.Region(r.shape.getValue(), parseCoords(r.coords.getValue()));
            options.add(new Question.Option(r.id, r.text.getValue(), blankToNull(r.why.getValue()), region));
            if (type == QuestionType.ORDERING || r.key.getValue()) key.add(r.id);
        }
        List<Question.Prompt> prompts = promptRows.stream()
                .map(r -> new Question.Prompt(r.id, r.text.getValue(), blankToNull(r.why.getValue()))).toList();
        List<Question.Choice> choices = choiceRows.stream()
                .map(r -> new Question.Choice(r.id, r.text.getValue(), blankToNull(r.why.getValue()))).toList();
        Map<String, String> matchKey = new LinkedHashMap<>();
        promptRows.forEach(r -> {
            if (r.match.getValue() != null) matchKey.put(r.id, r.match.getValue());
        });
        Question.NumericKey numeric = type == QuestionType.NUMERIC ? new Question.NumericKey(
                value.getValue() == null ? Double.NaN : value.getValue(),
                tolerance.getValue() == null ? 0 : tolerance.getValue(), unit.getValue()) : null;
        Question.QuestionImage image = type == QuestionType.HOTSPOT
                ? new Question.QuestionImage(svg.getValue(), alt.getValue()) : null;
        Question.EkgStripSpec strip = type == QuestionType.EKG_STRIP
                ? new Question.EkgStripSpec(rhythm.getValue(), rate.getValue(), ekgAtrial, pr.getValue(), qrs.getValue(),
                ekgQt, regular.getValue(), ekgEctopy, ekgConduction, seed.getValue() == null ? 1 : seed.getValue())
                : null;
        return new Question(item.id(), 0, "authored", module.getValue(), type, stem.getValue(), options, prompts, choices,
                key, matchKey, numeric, type == QuestionType.MULTIPLE_RESPONSE && "partial".equals(scoring.getValue())
                ? "partial" : null, blankToNull(rationale.getValue()), commonErrors, image, strip,
                new ArrayList<>(domains.getValue()), blankToNull(topic.getValue()), blankToNull(difficulty.getValue()),
                blankToNull(source.getValue()), "review".equals(item.status()) ? "review" : "draft");
    }

    /** Every change: the form becomes JSON, the validator checks it, and the preview follows. */
    private void changed() {
        if (loading) return;
        List<BankError> incomplete = new ArrayList<>();
        if (type == QuestionType.NUMERIC && value.getValue() == null) {
            incomplete.add(new BankError("question", item.id(), "/key/value", "enter the correct value"));
        }
        for (Row r : type == QuestionType.HOTSPOT ? rows : List.<Row>of()) {
            if (parseCoords(r.coords.getValue()).stream().anyMatch(d -> d.isNaN())) {
                incomplete.add(new BankError("question", item.id(), "/options/" + rows.indexOf(r) + "/region/coords",
                        "coordinates must be numbers separated by commas"));
            }
        }
        if (!incomplete.isEmpty()) {
            showErrors(incomplete);
            preview.show(null);
            return;
        }
        String text;
        try {
            text = BankFormat.toJson(fromForm());
        } catch (RuntimeException e) { // e.g. a numeric key without a value yet
            showErrors(List.of(new BankError("question", item.id(), "", "incomplete: " + e.getMessage())));
            preview.show(null);
            return;
        }
        json.setValue(text);
        check(text);
    }

    private void check(String text) {
        AuthoringService.Check c = authoring.check(module.getValue() == null ? item.module() : module.getValue(), text);
        showErrors(c.errors());
        preview.show(c.question());
    }

    private void applyJson() {
        AuthoringService.Check c = authoring.check(module.getValue(), json.getValue());
        if (!c.ok()) {
            showErrors(c.errors());
            return;
        }
        if (c.question().type() != type) {
            showErrors(List.of(new BankError("question", item.id(), "/type", "the type of a question cannot change "
                    + "in the editor; create a new question of the other type")));
            return;
        }
        load(json.getValue());
    }

    private void showErrors(List<BankError> list) {
        errors.removeAll();
        if (list.isEmpty()) {
            errors.add(new ListItem("None: the question passes the bank validator for its status ("
                    + ("review".equals(item.status()) ? "review" : "draft") + ")."));
        }
        for (BankError e : list) {
            errors.add(new ListItem((e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ") + e.message()));
        }
    }

    // ---- workflow ------------------------------------------------------------------------------------------

    private void refreshChrome() {
        status.setText("Status: " + item.status() + (item.publishedVersion() == null ? "" : " · learners get version "
                + item.publishedVersion()) + " · module " + item.module());
        actions.removeAll();
        Button save = button("Save", "save", () -> authoring.save(item.id(), module.getValue(), json.getValue(),
                item.revision()), "Saved.");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(save);
        switch (item.status()) {
            case "draft" -> actions.add(button("Submit for review", "submit-review",
                    () -> authoring.submitForReview(saveFirst().id()), "Submitted for review."));
            case "review" -> {
                actions.add(button("Publish", "publish", () -> authoring.publish(saveFirst().id()),
                        "Published: learners in new quizzes get this version."));
                TextField note = new TextField();
                note.setPlaceholder("What needs changing");
                note.setAriaLabel("Note for the author");
                actions.add(note, button("Return to draft", "return-draft",
                        () -> authoring.returnToDraft(item.id(), note.getValue()), "Returned to draft."));
            }
            case "published" -> actions.add(button("Retire", "retire", () -> authoring.retire(item.id()),
                    "Retired: no new quiz will use it."));
            default -> { }
        }
        if (item.publishedVersion() == null) {
            actions.add(button("Delete draft", "delete", () -> {
                authoring.deleteDraft(item.id());
                getUI().ifPresent(ui -> ui.navigate(AuthoringView.class));
                return null;
            }, "Deleted."));
        }
        history.removeAll();
        for (AuthoredItem.Event ev : item.history().reversed()) {
            history.add(new ListItem(ev.at().toString().replace('T', ' ').substring(0, 16) + " " + ev.by() + ": "
                    + ev.action() + (ev.note() == null || ev.note().isBlank() ? "" : " (" + ev.note() + ")")));
        }
    }

    /** Saves unsaved edits before a workflow step, so the step acts on what the author sees. */
    private AuthoredItem saveFirst() {
        if (!json.getValue().equals(item.json()) || !module.getValue().equals(item.module())) {
            item = authoring.save(item.id(), module.getValue(), json.getValue(), item.revision());
        }
        return item;
    }

    private Button button(String label, String id, java.util.function.Supplier<AuthoredItem> action, String done) {
        Button b = new Button(label, e -> {
            try {
                AuthoredItem after = action.get();
                if (after == null) return;
                item = after;
                Notification.show(done);
                if (!json.getValue().equals(item.json())) load(item.json());
                refreshChrome();
            } catch (InvalidQuestionException ex) {
                showErrors(ex.errors());
                Notification.show("Not done: fix the problems listed first.");
            } catch (IllegalStateException | IllegalArgumentException ex) {
                Notification.show(ex.getMessage());
            }
        });
        b.setId(id);
        return b;
    }

    private static List<Double> parseCoords(String s) {
        List<Double> out = new ArrayList<>();
        if (s == null) return out;
        for (String part : s.split("[,\\s]+")) {
            if (part.isBlank()) continue;
            try {
                out.add(Double.parseDouble(part));
            } catch (NumberFormatException e) {
                out.add(Double.NaN);
            }
        }
        return out;
    }

    private static String num(Double d) {
        return d == Math.rint(d) ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
