package org.vitalprep.authoring;

import java.util.List;

/** An exported question file and the report of what went into it and what the format could not express. */
public record ExportFile(String fileName, String contentType, byte[] bytes, List<ConversionLine> report) {
}
