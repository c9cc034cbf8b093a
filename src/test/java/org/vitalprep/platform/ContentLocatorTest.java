package org.vitalprep.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLocatorTest {

    @TempDir Path external;

    @Test
    void bundledContentComesFromTheClasspath() {
        List<ContentFile> files = new ContentLocator("").list("question-banks", ".json");
        assertThat(files).extracting(ContentFile::relativePath).contains("exams/ccma.json");
        assertThat(files).allMatch(f -> f.origin().equals("bundled"));
    }

    @Test
    void anExternalDirectoryAddsAndOverridesByPath() throws Exception {
        Files.createDirectories(external.resolve("content/phlebotomy"));
        Files.writeString(external.resolve("content/modules.json"), "[]", StandardCharsets.UTF_8);
        Files.writeString(external.resolve("content/phlebotomy/99-extra.md"), "# Extra", StandardCharsets.UTF_8);
        ContentLocator locator = new ContentLocator(external.toString());
        List<ContentFile> json = locator.list("content", ".json");
        assertThat(json).filteredOn(f -> f.relativePath().equals("modules.json")).singleElement()
                .satisfies(f -> {
                    assertThat(f.origin()).isEqualTo("external");
                    assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).isEqualTo("[]");
                });
        assertThat(locator.list("content", ".md")).filteredOn(f -> f.relativePath().equals("phlebotomy/99-extra.md"))
                .singleElement().extracting(ContentFile::origin).isEqualTo("external");
    }

    @Test
    void aMissingExternalDirectoryIsIgnored() {
        assertThat(new ContentLocator(external.resolve("nope").toString()).list("content", ".md"))
                .allMatch(f -> f.origin().equals("bundled"));
    }
}
