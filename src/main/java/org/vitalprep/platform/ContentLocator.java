package org.vitalprep.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds content files. The jar carries the repository's {@code question-banks/} and {@code content/} (under
 * {@code bundled/}), so the app works from any working directory; an external directory
 * ({@code vitalprep.content.external-dir}, laid out like the repository) adds files and overrides bundled ones
 * with the same relative path.
 */
@Component
public class ContentLocator {

    /** Lessons and banks are small; anything bigger is a mistake or an attack. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final String externalDir;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ContentLocator(@Value("${vitalprep.content.external-dir:}") String externalDir) {
        this.externalDir = externalDir == null ? "" : externalDir.trim();
    }

    /** Every file of the area with the extension, bundled first, external overriding by relative path. */
    public List<ContentFile> list(String area, String extension) {
        Map<String, ContentFile> files = new LinkedHashMap<>();
        for (ContentFile f : bundled(area, extension)) files.put(f.relativePath(), f);
        for (ContentFile f : external(area, extension)) files.put(f.relativePath(), f);
        List<ContentFile> result = new ArrayList<>(files.values());
        result.sort(Comparator.comparing(ContentFile::relativePath));
        return result;
    }

    public Path externalRoot() {
        return externalDir.isEmpty() ? null : Path.of(externalDir).toAbsolutePath().normalize();
    }

    private List<ContentFile> bundled(String area, String extension) {
        String prefix = "bundled/" + area + "/";
        List<ContentFile> files = new ArrayList<>();
        try {
            for (Resource r : resolver.getResources("classpath*:" + prefix + "**/*" + extension)) {
                if (!r.isReadable()) continue;
                String url = r.getURL().toString();
                int at = url.lastIndexOf(prefix);
                String rel = url.substring(at + prefix.length());
                try (var in = r.getInputStream()) {
                    files.add(new ContentFile(rel, "bundled", url, in.readNBytes((int) MAX_FILE_BYTES + 1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled " + area, e);
        }
        return files;
    }

    private List<ContentFile> external(String area, String extension) {
        Path root = externalRoot();
        if (root == null) return List.of();
        Path dir = root.resolve(area);
        if (!Files.isDirectory(dir)) return List.of();
        List<ContentFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(extension)).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                byte[] bytes = Files.size(p) > MAX_FILE_BYTES
                        ? new byte[(int) MAX_FILE_BYTES + 1] : Files.readAllBytes(p);
                files.add(new ContentFile(rel, "external", p.toString(), bytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the external " + area + " in " + dir, e);
        }
        return files;
    }
}
