package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where readers put what they read. Every item arrives as the native question JSON object; it gets a unique slug
 * id and status "draft", and is checked by the bank validator: an item with errors is rejected whole (with the
 * validator's paths and messages), never half-converted.
 */
final class ItemCollector {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bankId;
    private final BankFormat validator;
    private final Set<String> usedIds = new HashSet<>();
    private final List<Question> questions = new ArrayList<>();
    private final List<ConversionReport.Entry> entries = new ArrayList<>();
    private int number;

    ItemCollector(String bankId, BankFormat validator) {
        this.bankId = bankId;
        this.validator = validator;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /**
     * Makes {@code q} a true-false question: options "true" and "false" (texts True and False) with their
     * rationales where the source file has them, and the key.
     */
    static void trueFalse(ObjectNode q, String keyId, String trueRationale, String falseRationale) {
        q.put("type", "true-false");
        ArrayNode opts = q.putArray("options");
        ObjectNode t = opts.addObject().put("id", "true").put("text", "True");
        ObjectNode f = opts.addObject().put("id", "false").put("text", "False");
        if (trueRationale != null && !trueRationale.isBlank()) t.put("rationale", trueRationale);
        if (falseRationale != null && !falseRationale.isBlank()) f.put("rationale", falseRationale);
        q.put("key", keyId);
    }

    /**
     * Checks and keeps one item. Its id: the item's own "id" if it is a free slug, else the slug of {@code name}
     * (a Moodle question name, a GIFT title), else {@code <bankId>-001}..., made unique within the file.
     */
    void accept(String where, String name, String module, ObjectNode item, List<String> notes) {
        int n = ++number;
        List<String> allNotes = new ArrayList<>(notes);
        String own = item.has("id") && item.get("id").isString() ? item.get("id").asString() : null;
        String id;
        if (Slugs.isSlug(own) && !usedIds.contains(own)) {
            id = own;
            usedIds.add(id);
        } else {
            String base = Slugs.slug(name, 60);
            if (base == null) base = Slugs.slug(bankId, 72) + "-%03d".formatted(n);
            id = Slugs.unique(base, usedIds);
            if (own != null && !own.isBlank()) {
                allNotes.add(Slugs.isSlug(own) ? "id '" + own + "' is used twice in the file: this one is " + id
                        : "id '" + own + "' is not a slug: this one is " + id);
            }
        }
        ObjectNode q = object();
        q.put("id", id);
        for (Map.Entry<String, JsonNode> e : item.properties()) {
            if (!e.getKey().equals("id") && !e.getKey().equals("status")) q.set(e.getKey(), e.getValue());
        }
        q.put("status", item.has("status") ? item.get("status").asString() : "draft");
        BankFormat.Parsed parsed = validator.parseQuestion(module, JSON.writeValueAsString(q));
        if (!parsed.ok()) {
            usedIds.remove(id);
            entries.add(new ConversionReport.Entry(n, where, id, ConversionReport.Status.REJECTED,
                    describe(parsed.errors()), allNotes));
            return;
        }
        Question question = parsed.questions().getFirst().withBank(bankId, module).withVersion(0);
        questions.add(question);
        entries.add(new ConversionReport.Entry(n, where, id, ConversionReport.Status.IMPORTED, null, allNotes));
    }

    /** A native question the bank parser has already checked as part of its file. */
    void acceptChecked(String where, Question question) {
        int n = ++number;
        usedIds.add(question.id());
        questions.add(question.withVersion(0));
        entries.add(new ConversionReport.Entry(n, where, question.id(), ConversionReport.Status.IMPORTED, null, List.of()));
    }

    void skip(String where, String reason) {
        entries.add(new ConversionReport.Entry(++number, where, null, ConversionReport.Status.SKIPPED, reason, List.of()));
    }

    void reject(String where, String reason) {
        entries.add(new ConversionReport.Entry(++number, where, null, ConversionReport.Status.REJECTED, reason, List.of()));
    }

    /** Something about the file as a whole (number 0). */
    void file(ConversionReport.Status status, String where, String reason) {
        entries.add(new ConversionReport.Entry(0, where, null, status, reason, List.of()));
    }

    Conversion result(String title) {
        return new Conversion(questions, new ConversionReport(entries), title);
    }

    /**
     * The exam-domain code a tag names ("CCMA/clinical-patient-care/phlebotomy"; the exam prefix in any case), if
     * the validator knows it; else null. Asks the validator itself, so it agrees with what the import accepts.
     */
    String knownDomain(String tag) {
        String t = tag.strip();
        int slash = t.indexOf('/');
        if (slash <= 0) return null;
        String code = t.substring(0, slash).toUpperCase(java.util.Locale.ROOT) + t.substring(slash).toLowerCase(java.util.Locale.ROOT);
        return validator.knowsDomain(code) ? code : null;
    }

    static String describe(List<BankError> errors) {
        return errors.stream().map(e -> (e.path() == null || e.path().isEmpty() ? "" : e.path() + ": ") + e.message())
                .distinct().collect(Collectors.joining("; "));
    }
}
