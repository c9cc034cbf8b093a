package org.vitalprep.platform.internal;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.vitalprep.VitalPrepApplication;

import java.net.InetSocketAddress;

import static org.assertj.core.api.Assertions.assertThat;

/** With MONGODB_URI set, VitalPrep uses that server and starts no embedded one; health reports it. */
class ExternalMongoIT {

    @Test
    void aConfiguredUriSwitchesToThatServer() {
        // stands in for a real MongoDB: a separate server the app only reaches through the URI
        MongoServer external = new MongoServer(new MemoryBackend());
        InetSocketAddress a = external.bind();
        String uri = "mongodb://" + a.getHostString() + ":" + a.getPort() + "/externaldb";
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(VitalPrepApplication.class)
                .run("--MONGODB_URI=" + uri, "--server.port=0", "--vitalprep.content.import-on-startup=false")) {
            assertThat(ctx.getBean(DatabaseConfig.EmbeddedDatabase.class).server()).isNull();
            ctx.getBean(MongoTemplate.class).save(new Document("_id", "probe"), "external_probe");
            try (var client = MongoClients.create(uri)) {
                assertThat(client.getDatabase("externaldb").getCollection("external_probe").countDocuments()).isEqualTo(1);
            }
            Health health = ctx.getBean(DatabaseHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("mode", "mongodb").containsEntry("database", "externaldb");
        } finally {
            external.shutdownNow();
        }
    }

    @Test
    void healthIsDownWhenTheServerIsGone() {
        MongoServer external = new MongoServer(new MemoryBackend());
        InetSocketAddress a = external.bind();
        String uri = "mongodb://" + a.getHostString() + ":" + a.getPort() + "/gone?serverSelectionTimeoutMS=500";
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(VitalPrepApplication.class)
                .run("--MONGODB_URI=" + uri, "--server.port=0", "--vitalprep.content.import-on-startup=false")) {
            external.shutdownNow();
            assertThat(ctx.getBean(DatabaseHealthIndicator.class).health(true).getStatus()).isEqualTo(Status.DOWN);
        }
    }

    @Test
    void uriHelpers() {
        assertThat(DatabaseSettings.redact("mongodb://user:secret@host:27017/db")).isEqualTo("mongodb://user:***@host:27017/db");
        assertThat(DatabaseConfig.withDatabase("mongodb://h:1", "vp")).isEqualTo("mongodb://h:1/vp");
        assertThat(DatabaseConfig.withDatabase("mongodb://h:1/?replicaSet=rs0", "vp")).isEqualTo("mongodb://h:1/vp?replicaSet=rs0");
    }
}
