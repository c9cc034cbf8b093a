package org.vitalprep.platform.internal;

import org.springframework.core.env.Environment;

/**
 * Which database VitalPrep uses: a real MongoDB when a URI is configured ({@code MONGODB_URI} or
 * {@code spring.mongodb.uri}), otherwise the embedded mongo-java-server with its files in the data directory.
 */
record DatabaseSettings(String externalUri, String dataDir, String database) {

    static DatabaseSettings from(Environment env) {
        String uri = firstNonBlank(env.getProperty("MONGODB_URI"), env.getProperty("spring.mongodb.uri"));
        return new DatabaseSettings(uri,
                env.getProperty("vitalprep.data-dir", "./data"),
                firstNonBlank(firstNonBlank(env.getProperty("MONGODB_DATABASE"), env.getProperty("spring.mongodb.database")),
                        "vitalprep"));
    }

    boolean embedded() {
        return externalUri == null;
    }

    /** The URI with any password replaced, for logs and the health endpoint. */
    static String redact(String uri) {
        return uri == null ? null : uri.replaceAll("://([^:/@]+):([^@]+)@", "://$1:***@");
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) return a.trim();
        if (b != null && !b.isBlank()) return b.trim();
        return null;
    }
}
