package org.vitalprep.catalog.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.vitalprep.catalog.Lesson;
import org.vitalprep.catalog.LessonSummary;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.platform.ContentFile;
import org.vitalprep.platform.ContentLocator;
import org.vitalprep.platform.Markdown;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads modules.json and the lesson files, cached; the external content directory overrides by path. */
@Component
public class ContentCatalog {

    private static final Logger log = LoggerFactory.getLogger(ContentCatalog.class);
    private final ContentLocator locator;

    ContentCatalog(ContentLocator locator) {
        this.locator = locator;
    }

    public record Snapshot(List<StudyModule> modules, Map<String, Lesson> lessons) {}

    @Cacheable(cacheNames = "catalog", key = "'snapshot'")
    public Snapshot snapshot() {
        List<ContentFile> files = new ArrayList<>(locator.list("content", ".json"));
        files.addAll(locator.list("content", ".md"));
        Map<String, String[]> meta = new LinkedHashMap<>();
        files.stream().filter(f -> f.relativePath().equals("modules.json")).findFirst().ifPresent(f -> {
            for (JsonNode m : JsonMapper.shared().readTree(f.bytes())) {
                meta.put(m.get("id").asString(), new String[]{m.get("title").asString(), m.path("description").asString("")});
            }
        });
        Map<String, List<LessonParser.Parsed>> byModule = new LinkedHashMap<>();
        Map<String, Lesson> lessons = new LinkedHashMap<>();
        for (ContentFile f : files) {
            String[] parts = f.relativePath().split("/");
            if (parts.length != 2 || !parts[1].endsWith(".md")) continue;
            String module = parts[0];
            if (!meta.containsKey(module)) {
                log.warn("Lesson {} is in an unknown module folder '{}' (see content/modules.json)", f.displayName(), module);
                continue;
            }
            Optional<LessonParser.Parsed> parsed = LessonParser.parse(parts[1], new String(f.bytes(), StandardCharsets.UTF_8));
            if (parsed.isEmpty()) {
                log.warn("Lesson {} is not named NN-slug.md; skipped", f.displayName());
                continue;
            }
            LessonParser.Parsed p = parsed.get();
            byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(p);
            lessons.put(module + "/" + p.slug(), new Lesson(module, p.slug(), p.title(), p.summary(), p.objectives(),
                    Markdown.toSafeHtml(p.markdownBody())));
        }
        List<StudyModule> modules = new ArrayList<>();
        meta.forEach((id, m) -> {
            List<LessonSummary> list = byModule.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparingInt(LessonParser.Parsed::order))
                    .map(p -> new LessonSummary(id, p.slug(), p.title(), p.summary())).toList();
            modules.add(new StudyModule(id, m[0], m[1], list));
        });
        return new Snapshot(List.copyOf(modules), Map.copyOf(lessons));
    }
}
