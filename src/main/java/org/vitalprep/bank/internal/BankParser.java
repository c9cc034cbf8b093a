package org.vitalprep.bank.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads one bank file: JSON syntax, the JSON Schema, then the cross-field rules the schema cannot express.
 * Pure logic (no Spring, no MongoDB): the loader, the content lint and the tests all use it.
 */
public final class BankParser {

    /** Upper bound on a bank file, so a hostile upload cannot exhaust memory. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Schema SCHEMA = loadSchema();
    private static final String SCHEMA_TEXT_HASH = schemaHash();

    private final Set<String> knownDomains;

    /** Identifies the rules a bank is checked against (schema and known domains), for the loader's change check. */
    public String rulesFingerprint() {
        return SCHEMA_TEXT_HASH + ":" + String.join(",", new java.util.TreeSet<>(knownDomains));
    }

    /** Whether questions may be tagged with this exam-domain code. */
    public boolean knowsDomain(String code) {
        return knownDomains.contains(code);
    }

    /** @param knownDomains the exam-domain codes questions may be tagged with */
    public BankParser(Set<String> knownDomains) {
        this.knownDomains = Set.copyOf(knownDomains);
    }

    /** The outcome: either errors, or the bank and its questions (versions not yet assigned, i.e. 0). */
    public record Result(String file, List<BankError> errors, ParsedBank bank) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public record ParsedBank(String id, String title, String module, int version, String description,
                             List<ParsedQuestion> questions) {}

    /** A question and the hash of its canonical JSON (the loader's change detector). */
    public record ParsedQuestion(Question question, String hash) {}

    public Result parse(String file, byte[] content) {
        List<BankError> errors = new ArrayList<>();
        if (content.length > MAX_BYTES) {
            errors.add(new BankError(file, null, "", "file is " + content.length + " bytes; the limit is " + MAX_BYTES));
            return new Result(file, errors, null);
        }
        JsonNode root;
        try {
            String text = new String(content, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            errors.add(new BankError(file, null, location(e), "invalid JSON: " + e.getOriginalMessage()));
            return new Result(file, errors, null);
        }
        if (root == null || !root.isObject()) {
            errors.add(new BankError(file, null, "", "a bank must be a JSON object"));
            return new Result(file, errors, null);
        }
        for (Error e : SCHEMA.validate(root)) {
            String path = pointer(e.getInstanceLocation());
            errors.add(new BankError(file, questionIdAt(root, path), path, e.getMessage()));
        }
        checkRules(file, root, errors);
        if (!errors.isEmpty()) {
            return new Result(file, dedupe(errors), null);
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        String bankId = root.get("id").asString();
        String module = root.get("module").asString();
        for (JsonNode q : root.get("questions")) {
            questions.add(new ParsedQuestion(toQuestion(bankId, module, q), hash(q)));
        }
        return new Result(file, List.of(), new ParsedBank(bankId, root.get("title").asString(), module,
                root.get("version").asInt(), text(root, "description"), questions));
    }

    private void checkRules(String file, JsonNode root, List<BankError> errors) {
        JsonNode questions = root.get("questions");
        if (questions == null || !questions.isArray()) return;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            if (!q.isObject()) continue;
            String base = "/questions/" + i;
            String qid = text(q, "id");
            Rules r = new Rules(file, qid, base, errors);
            if (qid != null) {
                Integer first = seen.putIfAbsent(qid, i);
                if (first != null) r.add("/id", "duplicate question id (first used at /questions/" + first + ")");
            }
            for (JsonNode t : iter(q.get("domains"))) {
                if (t.isString() && !knownDomains.contains(t.asString())) {
                    r.add("/domains", "unknown exam domain '" + t.asString() + "' (see question-banks/exams/*.json)");
                }
            }
            checkBlank(r, q, "");
            QuestionType type;
            try {
                type = QuestionType.fromCode(text(q, "type"));
            } catch (IllegalArgumentException e) {
                continue; // the schema has reported it
            }
            checkComplete(r, q, type);
            List<String> optionIds = ids(r, q, "options");
            JsonNode key = q.get("key");
            switch (type) {
                case SINGLE_BEST_ANSWER, EKG_STRIP, HOTSPOT, TRUE_FALSE -> {
                    if (key != null && key.isString() && !optionIds.contains(key.asString())) {
                        r.add("/key", "key '" + key.asString() + "' is not among the options " + optionIds);
                    }
                    if (type == QuestionType.TRUE_FALSE && !optionIds.isEmpty()
                            && !Set.copyOf(optionIds).equals(Set.of("true", "false"))) {
                        r.add("/options", "true-false options must have the ids 'true' and 'false'");
                    }
                    if (type == QuestionType.HOTSPOT) checkRegions(r, q);
                }
                case MULTIPLE_RESPONSE -> {
                    for (JsonNode k : iter(key)) {
                        if (k.isString() && !optionIds.contains(k.asString())) {
                            r.add("/key", "key '" + k.asString() + "' is not among the options " + optionIds);
                        }
                    }
                }
                case ORDERING -> {
                    List<String> order = new ArrayList<>();
                    for (JsonNode k : iter(key)) order.add(k.asString());
                    if (key != null && key.isArray()
                            && (order.size() != optionIds.size() || !Set.copyOf(order).equals(Set.copyOf(optionIds)))) {
                        r.add("/key", "an ordering key must list every option id exactly once: key " + order
                                + ", options " + optionIds);
                    }
                }
                case MATCHING -> {
                    List<String> promptIds = ids(r, q, "prompts");
                    List<String> choiceIds = ids(r, q, "choices");
                    if (key != null && key.isObject()) {
                        Set<String> keyed = new HashSet<>(key.propertyNames());
                        if (!keyed.equals(Set.copyOf(promptIds))) {
                            r.add("/key", "a matching key must map every prompt exactly once: prompts " + promptIds
                                    + ", key maps " + keyed);
                        }
                        Set<String> used = new HashSet<>();
                        for (Map.Entry<String, JsonNode> e : key.properties()) {
                            String c = e.getValue().asString();
                            used.add(c);
                            if (!choiceIds.contains(c)) {
                                r.add("/key/" + e.getKey(), "choice '" + c + "' is not among the choices " + choiceIds);
                            }
                        }
                        JsonNode choices = q.get("choices");
                        for (int c = 0; c < choices.size(); c++) {
                            JsonNode ch = choices.get(c);
                            boolean draft = "draft".equals(text(q, "status"));
                            if (!draft && !used.contains(text(ch, "id")) && text(ch, "rationale") == null) {
                                r.add("/choices/" + c + "/rationale",
                                        "choice '" + text(ch, "id") + "' matches no prompt, so it needs a rationale");
                            }
                        }
                    }
                }
                case NUMERIC -> { /* the schema checks value, tolerance, unit and the rationale */ }
            }
        }
    }

    /**
     * A draft may be saved incomplete (an imported Aiken file has no rationales, a Moodle file no exam domains);
     * an item in review, published or retired must be complete.
     */
    private static void checkComplete(Rules r, JsonNode q, QuestionType type) {
        String status = text(q, "status");
        if (status == null || status.equals("draft")) return;
        for (String field : List.of("options", "prompts")) {
            JsonNode arr = q.get(field);
            if (arr == null || !arr.isArray()) continue;
            for (int i = 0; i < arr.size(); i++) {
                if (arr.get(i).isObject() && !arr.get(i).has("rationale")) {
                    r.add("/" + field + "/" + i + "/rationale",
                            "a rationale is required for every " + field.substring(0, field.length() - 1)
                                    + " of a " + status + " question (only drafts may leave it out)");
                }
            }
        }
        if ((type == QuestionType.ORDERING || type == QuestionType.NUMERIC) && !q.has("rationale")) {
            r.add("/rationale", "a " + type.code() + " question needs an overall rationale (only drafts may leave it out)");
        }
    }

    private static void checkRegions(Rules r, JsonNode q) {
        JsonNode options = q.get("options");
        for (int o = 0; o < options.size(); o++) {
            JsonNode region = options.get(o).get("region");
            if (region == null) {
                r.add("/options/" + o, "a hotspot option needs a region");
                continue;
            }
            int n = region.path("coords").size();
            String shape = text(region, "shape");
            boolean ok = switch (shape == null ? "" : shape) {
                case "circle" -> n == 3;
                case "rect" -> n == 4;
                case "polygon" -> n >= 6 && n % 2 == 0;
                default -> true;
            };
            if (!ok) r.add("/options/" + o + "/region/coords", "wrong number of coordinates (" + n + ") for a " + shape);
        }
    }

    /** Texts that are present but only whitespace pass "minLength" yet are empty to a learner. */
    private static void checkBlank(Rules r, JsonNode node, String path) {
        if (node.isString()) {
            if (node.asString().isBlank()) r.add(path, "text is blank");
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) checkBlank(r, e.getValue(), path + "/" + e.getKey());
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkBlank(r, node.get(i), path + "/" + i);
        }
    }

    private static List<String> ids(Rules r, JsonNode q, String field) {
        List<String> ids = new ArrayList<>();
        JsonNode arr = q.get(field);
        if (arr == null || !arr.isArray()) return ids;
        for (int i = 0; i < arr.size(); i++) {
            String id = text(arr.get(i), "id");
            if (id == null) continue;
            if (ids.contains(id)) r.add("/" + field + "/" + i + "/id", "duplicate id '" + id + "' in " + field);
            ids.add(id);
        }
        return ids;
    }

    private record Rules(String file, String questionId, String base, List<BankError> errors) {
        void add(String rel, String message) {
            errors.add(new BankError(file, questionId, base + rel, message));
        }
    }

    private static Question toQuestion(String bankId, String module, JsonNode q) {
        QuestionType type = QuestionType.fromCode(text(q, "type"));
        List<Question.Option> options = new ArrayList<>();
        for (JsonNode o : iter(q.get("options"))) {
            Question.Region region = null;
            if (o.has("region")) {
                List<Double> coords = new ArrayList<>();
                for (JsonNode c : o.get("region").get("coords")) coords.add(c.asDouble());
                region = new Question.Region(text(o.get("region"), "shape"), coords);
            }
            options.add(new Question.Option(text(o, "id"), text(o, "text"), text(o, "rationale"), region));
        }
        List<Question.Prompt> prompts = new ArrayList<>();
        for (JsonNode p : iter(q.get("prompts"))) {
            prompts.add(new Question.Prompt(text(p, "id"), text(p, "text"), text(p, "rationale")));
        }
        List<Question.Choice> choices = new ArrayList<>();
        for (JsonNode c : iter(q.get("choices"))) {
            choices.add(new Question.Choice(text(c, "id"), text(c, "text"), text(c, "rationale")));
        }
        JsonNode key = q.get("key");
        List<String> keyIds = new ArrayList<>();
        Map<String, String> matchKey = new LinkedHashMap<>();
        Question.NumericKey numericKey = null;
        if (key.isString()) keyIds.add(key.asString());
        else if (key.isArray()) key.forEach(k -> keyIds.add(k.asString()));
        else if (type == QuestionType.MATCHING) key.properties().forEach(e -> matchKey.put(e.getKey(), e.getValue().asString()));
        else if (type == QuestionType.NUMERIC) {
            numericKey = new Question.NumericKey(key.get("value").asDouble(), key.get("tolerance").asDouble(),
                    key.get("unit").asString());
        }
        List<Question.CommonError> commonErrors = new ArrayList<>();
        for (JsonNode c : iter(q.get("commonErrors"))) {
            commonErrors.add(new Question.CommonError(c.get("value").asDouble(), text(c, "rationale")));
        }
        Question.QuestionImage image = q.has("image")
                ? new Question.QuestionImage(text(q.get("image"), "svg"), text(q.get("image"), "alt")) : null;
        Question.EkgStripSpec strip = null;
        if (q.has("strip")) {
            JsonNode s = q.get("strip");
            Question.Ectopy ectopy = s.has("ectopy")
                    ? new Question.Ectopy(text(s.get("ectopy"), "type"), integer(s.get("ectopy"), "every")) : null;
            strip = new Question.EkgStripSpec(text(s, "rhythm"), integer(s, "rate"), integer(s, "atrialRate"),
                    integer(s, "prMs"), integer(s, "qrsMs"), integer(s, "qtMs"),
                    s.has("regular") ? s.get("regular").asBoolean() : null, ectopy, text(s, "conduction"),
                    s.get("seed").asLong());
        }
        List<String> domains = new ArrayList<>();
        iter(q.get("domains")).forEach(d -> domains.add(d.asString()));
        return new Question(text(q, "id"), 0, bankId, module, type, text(q, "stem"), options, prompts, choices,
                keyIds, matchKey, numericKey, text(q, "scoring"), text(q, "rationale"), commonErrors, image, strip,
                domains, text(q, "topic"), text(q, "difficulty"), text(q, "source"), text(q, "status"));
    }

    /** SHA-256 of the question's JSON with object keys sorted, so formatting and key order do not matter. */
    static String hash(JsonNode q) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(MAPPER.writeValueAsBytes(canonical(q)));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object canonical(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> m = new TreeMap<>();
            n.properties().forEach(e -> m.put(e.getKey(), canonical(e.getValue())));
            return m;
        }
        if (n.isArray()) {
            List<Object> l = new ArrayList<>();
            n.forEach(c -> l.add(canonical(c)));
            return l;
        }
        return n;
    }

    private static String questionIdAt(JsonNode root, String path) {
        if (!path.startsWith("/questions/")) return null;
        String[] parts = path.split("/");
        try {
            JsonNode q = root.path("questions").path(Integer.parseInt(parts[2]));
            return text(q, "id");
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "line L, column C" of a JSON syntax error, or "" when the parser gives no position. */
    static String location(JacksonException e) {
        TokenStreamLocation loc = e.getLocation();
        return loc != null ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            sb.append('/').append(path.getElement(i));
        }
        return sb.toString();
    }

    private static List<BankError> dedupe(List<BankError> errors) {
        return List.copyOf(new LinkedHashMap<String, BankError>() {{
            errors.forEach(e -> putIfAbsent(e.toString(), e));
        }}.values());
    }

    private static Iterable<JsonNode> iter(JsonNode n) {
        return n == null || !n.isArray() ? List.of() : n;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isNumber() ? v.asInt() : null;
    }

    private static Schema loadSchema() {
        try (InputStream in = BankParser.class.getResourceAsStream("/schema/question-bank.schema.json")) {
            if (in == null) throw new IllegalStateException("schema/question-bank.schema.json is not on the classpath");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String schemaHash() {
        try (InputStream in = BankParser.class.getResourceAsStream("/schema/question-bank.schema.json")) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads the exam definitions' JSON; exposed for the loader. */
    static JsonNode readTree(byte[] content) {
        return MAPPER.readTree(content);
    }

    static JsonMapper mapper() {
        return MAPPER;
    }

}
