package org.vitalprep.platform.internal;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chooses the database. With no MongoDB URI configured, starts mongo-java-server on loopback (H2 file backend
 * in the data directory, or in memory when {@code vitalprep.data-dir=memory}, as the tests do) and points
 * Boot's MongoClient at it through a {@link MongoConnectionDetails} bean. With a URI, connects to that MongoDB.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfig.class);

    @Bean
    DatabaseSettings databaseSettings(Environment env) {
        return DatabaseSettings.from(env);
    }

    @Bean(destroyMethod = "shutdownNow")
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings) {
        if (!settings.embedded()) {
            String db = new ConnectionString(settings.externalUri()).getDatabase();
            log.info("Database: MongoDB at {} (database '{}')", DatabaseSettings.redact(settings.externalUri()),
                    db != null ? db : settings.database());
            return EmbeddedDatabase.NONE;
        }
        MongoBackend backend;
        String where;
        if ("memory".equalsIgnoreCase(settings.dataDir())) {
            backend = new MemoryBackend();
            where = "in memory (nothing is kept after a restart)";
        } else {
            Path dir = Path.of(settings.dataDir()).toAbsolutePath().normalize();
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + dir, e);
            }
            Path file = dir.resolve("vitalprep.mv");
            backend = new H2Backend(file.toString());
            where = "in " + file;
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0); // port 0: a free ephemeral port on loopback only
        InetSocketAddress address = server.getLocalAddress();
        log.info("Database: embedded mongo-java-server on {}:{}, data {} (set MONGODB_URI to use a real MongoDB)",
                address.getHostString(), address.getPort(), where);
        return new EmbeddedDatabase(server, address, where);
    }

    @Bean
    MongoConnectionDetails mongoConnectionDetails(DatabaseSettings settings, EmbeddedDatabase embedded) {
        String uri = settings.embedded()
                ? "mongodb://" + embedded.address().getHostString() + ":" + embedded.address().getPort()
                : settings.externalUri();
        ConnectionString cs = new ConnectionString(uri);
        String db = cs.getDatabase() != null ? cs.getDatabase() : settings.database();
        ConnectionString withDb = cs.getDatabase() != null ? cs : new ConnectionString(withDatabase(uri, db));
        return () -> withDb;
    }

    @Bean
    DatabaseHealthIndicator databaseHealthIndicator(MongoTemplate mongo, DatabaseSettings settings,
                                                    EmbeddedDatabase embedded) {
        return new DatabaseHealthIndicator(mongo, settings, embedded);
    }

    /** Inserts the database name into a URI that has none (before any query string). */
    static String withDatabase(String uri, String db) {
        int q = uri.indexOf('?');
        String base = q < 0 ? uri : uri.substring(0, q);
        String query = q < 0 ? "" : uri.substring(q);
        int schemeEnd = base.indexOf("://") + 3;
        int slash = base.indexOf('/', schemeEnd);
        if (slash < 0) base = base + "/" + db;
        else base = base.substring(0, slash) + "/" + db;
        return base + query;
    }

    /** The embedded server, or NONE when a real MongoDB is used. */
    record EmbeddedDatabase(MongoServer server, InetSocketAddress address, String where) {
        static final EmbeddedDatabase NONE = new EmbeddedDatabase(null, null, null);

        void shutdownNow() {
            if (server != null) server.shutdownNow();
        }
    }
}
