package org.vitalprep.authoring.internal.formats;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The question file formats the converter reads and writes; {@link #code()} is the name the command line uses. */
public enum InterchangeFormat {
    VITALPREP("vitalprep"),
    MOODLE_XML("moodle-xml"),
    GIFT("gift"),
    AIKEN("aiken"),
    CSV("csv");

    private final String code;

    InterchangeFormat(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InterchangeFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    /** "vitalprep|moodle-xml|gift|aiken|csv", for usage messages. */
    public static String codes() {
        return Arrays.stream(values()).map(InterchangeFormat::code).collect(Collectors.joining("|"));
    }
}
