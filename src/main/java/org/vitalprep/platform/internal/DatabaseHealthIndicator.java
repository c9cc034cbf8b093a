package org.vitalprep.platform.internal;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Database health for both modes. Boot's own Mongo check sends {@code hello}, which mongo-java-server does not
 * implement (so it is switched off); a {@code ping} round trip works on both servers.
 */
class DatabaseHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final DatabaseSettings settings;
    private final DatabaseConfig.EmbeddedDatabase embedded;

    DatabaseHealthIndicator(MongoTemplate mongo, DatabaseSettings settings, DatabaseConfig.EmbeddedDatabase embedded) {
        super("Database health check failed");
        this.mongo = mongo;
        this.settings = settings;
        this.embedded = embedded;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document result = mongo.executeCommand(new Document("ping", 1));
        boolean ok = result.get("ok") instanceof Number n && n.doubleValue() == 1.0;
        (ok ? builder.up() : builder.down())
                .withDetail("mode", settings.embedded() ? "embedded" : "mongodb")
                .withDetail("database", mongo.getDb().getName());
        if (settings.embedded()) {
            builder.withDetail("data", embedded.where());
        } else {
            builder.withDetail("uri", DatabaseSettings.redact(settings.externalUri()));
        }
    }
}
