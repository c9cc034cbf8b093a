package org.vitalprep.platform;

/**
 * A content file (bank, exam definition or lesson) found in the jar or in the external content directory.
 *
 * @param relativePath path below its area ({@code question-banks/} or {@code content/}), with '/' separators
 * @param origin       "bundled" (inside the jar) or "external" (the configured directory)
 */
public record ContentFile(String relativePath, String origin, String location, byte[] bytes) {

    public String displayName() {
        return ("external".equals(origin) ? "external " : "") + relativePath;
    }
}
