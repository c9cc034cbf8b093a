package org.vitalprep.platform;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.vitalprep.VitalPrepApplication;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The H2 file backend keeps data across a restart of the app. */
class PersistenceAcrossRestartIT {

    @TempDir Path dir;

    private ConfigurableApplicationContext start() {
        // command-line arguments outrank the test configuration's in-memory setting
        return new SpringApplicationBuilder(VitalPrepApplication.class)
                .run("--vitalprep.data-dir=" + dir, "--server.port=0", "--vitalprep.content.import-on-startup=false");
    }

    @Test
    void dataSurvivesARestart() {
        try (ConfigurableApplicationContext first = start()) {
            first.getBean(MongoTemplate.class).save(new Document("_id", "kept").append("value", 42), "restart_probe");
        }
        assertThat(Files.exists(dir.resolve("vitalprep.mv"))).isTrue();
        try (ConfigurableApplicationContext second = start()) {
            Document d = second.getBean(MongoTemplate.class).findById("kept", Document.class, "restart_probe");
            assertThat(d).isNotNull();
            assertThat(d.getInteger("value")).isEqualTo(42);
        }
    }
}
