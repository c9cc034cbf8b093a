package org.vitalprep.authoring.internal.formats;

/** A written file (UTF-8) and the report of what went into it and what was skipped. */
public record Written(byte[] bytes, ConversionReport report) {
}
