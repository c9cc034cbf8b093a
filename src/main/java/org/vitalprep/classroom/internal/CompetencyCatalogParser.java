package org.vitalprep.classroom.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.vitalprep.classroom.Competency;
import org.vitalprep.classroom.CompetencyCatalog;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a competency catalog: JSON syntax, the JSON Schema ({@code schema/competencies.schema.json}), then the
 * rules the schema cannot express: unique codes, step ids unique within a competency, at least one step, a code
 * whose area and kind letter match {@code area} and {@code kind}, areas defined once and used only when defined.
 * Pure logic (no Spring, no MongoDB).
 */
public final class CompetencyCatalogParser {

    /** Upper bound on a catalog file, so a hostile upload cannot exhaust memory. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final String SCHEMA_RESOURCE = "/schema/competencies.schema.json";
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Schema SCHEMA = loadSchema();

    private CompetencyCatalogParser() {
    }

    /**
     * One problem in a catalog file.
     *
     * @param path a JSON Pointer such as {@code /competencies/3/steps/2/id}, or {@code line L, column C} for
     *             syntax errors, or empty for the whole file
     */
    public record Problem(String file, String path, String message) {
        @Override
        public String toString() {
            return file + (path != null && !path.isEmpty() ? " at " + path : "") + ": " + message;
        }
    }

    /** Either problems, or the catalog. */
    public record Result(String file, List<Problem> problems, CompetencyCatalog catalog) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Thrown by {@link #parseOrThrow}; the message lists every problem, one a line. */
    public static final class InvalidCatalogException extends IllegalArgumentException {
        private final transient List<Problem> problems;

        InvalidCatalogException(List<Problem> problems) {
            super("Invalid competency catalog:\n" + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    public static CompetencyCatalog parseOrThrow(String file, byte[] content) {
        Result r = parse(file, content);
        if (!r.ok()) throw new InvalidCatalogException(r.problems());
        return r.catalog();
    }

    public static Result parse(String file, byte[] content) {
        List<Problem> problems = new ArrayList<>();
        if (content == null || content.length > MAX_BYTES) {
            problems.add(new Problem(file, "", content == null ? "no content"
                    : "file is " + content.length + " bytes; the limit is " + MAX_BYTES));
            return new Result(file, problems, null);
        }
        JsonNode root;
        try {
            String text = new String(content, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation loc = e.getLocation();
            String where = loc != null ? "line " + loc.getLineNr() + ", column " + loc.getColumnNr() : "";
            problems.add(new Problem(file, where, "invalid JSON: " + e.getOriginalMessage()));
            return new Result(file, problems, null);
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem(file, "", "a competency catalog must be a JSON object"));
            return new Result(file, problems, null);
        }
        for (Error e : SCHEMA.validate(root)) {
            problems.add(new Problem(file, pointer(e.getInstanceLocation()), e.getMessage()));
        }
        checkRules(file, root, problems);
        if (!problems.isEmpty()) return new Result(file, dedupe(problems), null);
        return new Result(file, List.of(), toCatalog(root));
    }

    private static void checkRules(String file, JsonNode root, List<Problem> problems) {
        Set<String> schemaPaths = problems.stream().map(Problem::path).collect(Collectors.toSet());
        Set<String> areas = new LinkedHashSet<>();
        JsonNode areaList = root.get("areas");
        for (int i = 0; areaList != null && areaList.isArray() && i < areaList.size(); i++) {
            String code = text(areaList.get(i), "code");
            if (code != null && !areas.add(code)) {
                problems.add(new Problem(file, "/areas/" + i + "/code", "area '" + code + "' is defined twice"));
            }
        }
        checkBlank(file, root, "", problems);
        JsonNode competencies = root.get("competencies");
        if (competencies == null || !competencies.isArray()) return;
        Map<String, Integer> codes = new HashMap<>();
        for (int i = 0; i < competencies.size(); i++) {
            JsonNode c = competencies.get(i);
            if (!c.isObject()) continue;
            String base = "/competencies/" + i;
            String code = text(c, "code");
            String area = text(c, "area");
            String kind = text(c, "kind");
            if (code != null) {
                Integer first = codes.putIfAbsent(code, i);
                if (first != null) {
                    problems.add(new Problem(file, base + "/code",
                            "duplicate code '" + code + "' (first used at /competencies/" + first + ")"));
                }
                String[] parts = code.split("\\.");
                if (parts.length >= 3) {
                    if (area != null && !parts[0].equals(area)) {
                        problems.add(new Problem(file, base + "/code",
                                "code '" + code + "' is in area " + parts[0] + " but the competency's area is " + area));
                    }
                    String letter = Competency.PSYCHOMOTOR.equals(kind) ? "P" : Competency.AFFECTIVE.equals(kind) ? "A" : null;
                    if (letter != null && !parts[1].equals(letter)) {
                        problems.add(new Problem(file, base + "/code", "code '" + code + "' has '" + parts[1]
                                + "' but a " + kind + " competency's code has '" + letter + "'"));
                    }
                }
            }
            if (area != null && !areas.isEmpty() && !areas.contains(area)) {
                problems.add(new Problem(file, base + "/area", "area '" + area + "' is not defined in /areas"));
            }
            JsonNode steps = c.get("steps");
            if (steps == null || !steps.isArray()) {
                if (!schemaPaths.contains(base) && !schemaPaths.contains(base + "/steps")) {
                    problems.add(new Problem(file, base + "/steps", "a competency needs at least one step"));
                }
                continue;
            }
            if (steps.isEmpty() && !schemaPaths.contains(base + "/steps")) {
                problems.add(new Problem(file, base + "/steps", "a competency needs at least one step"));
            }
            Map<String, Integer> ids = new HashMap<>();
            for (int s = 0; s < steps.size(); s++) {
                String id = text(steps.get(s), "id");
                if (id == null) continue;
                Integer first = ids.putIfAbsent(id, s);
                if (first != null) {
                    problems.add(new Problem(file, base + "/steps/" + s + "/id", "duplicate step id '" + id + "' in "
                            + (code != null ? code : "this competency") + " (first used at " + base + "/steps/" + first + ")"));
                }
            }
        }
    }

    /** Texts that are present but only whitespace pass "minLength" yet are empty to an evaluator. */
    private static void checkBlank(String file, JsonNode node, String path, List<Problem> problems) {
        if (node.isString()) {
            if (node.asString().isBlank()) problems.add(new Problem(file, path, "text is blank"));
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkBlank(file, e.getValue(), path + "/" + e.getKey(), problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkBlank(file, node.get(i), path + "/" + i, problems);
        }
    }

    private static CompetencyCatalog toCatalog(JsonNode root) {
        Map<String, String> areas = new LinkedHashMap<>();
        for (JsonNode a : root.get("areas")) areas.put(text(a, "code"), text(a, "name"));
        List<Competency> competencies = new ArrayList<>();
        for (JsonNode c : root.get("competencies")) {
            List<Competency.Step> steps = new ArrayList<>();
            for (JsonNode s : c.get("steps")) {
                steps.add(new Competency.Step(text(s, "id"), text(s, "text"), s.path("critical").asBoolean(false)));
            }
            competencies.add(new Competency(text(c, "code"), text(c, "area"), text(c, "kind"), text(c, "description"), steps));
        }
        return new CompetencyCatalog(text(root, "id"), text(root, "title"), root.get("version").asInt(),
                text(root, "source"), text(root, "note"), areas, competencies);
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) sb.append('/').append(path.getElement(i));
        return sb.toString();
    }

    private static List<Problem> dedupe(List<Problem> problems) {
        Map<String, Problem> unique = new LinkedHashMap<>();
        problems.forEach(p -> unique.putIfAbsent(p.toString(), p));
        return List.copyOf(unique.values());
    }

    private static String text(JsonNode n, String field) {
        if (n == null) return null;
        JsonNode v = n.get(field);
        return v != null && v.isString() ? v.asString() : null;
    }

    private static Schema loadSchema() {
        try (InputStream in = CompetencyCatalogParser.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
