package org.vitalprep.progress.internal.irt;

import java.util.Locale;

/**
 * The item response models the calibration fits. Both use the logistic curve
 * {@code P(correct | theta) = 1 / (1 + exp(-(a theta + d)))} with {@code theta ~ N(0, 1)} and {@code b = -d / a}.
 */
public enum IrtModel {

    /** One common slope {@code a}, estimated, shared by all items, plus an intercept per item (as R's {@code ltm::rasch}). */
    RASCH("rasch"),

    /** A slope and an intercept per item. */
    TWO_PL("2pl");

    private final String id;

    IrtModel(String id) {
        this.id = id;
    }

    /** The short name used in JSON output and on the command line: {@code "rasch"} or {@code "2pl"}. */
    public String id() {
        return id;
    }

    /** Parses {@code "rasch"}, {@code "1pl"}, {@code "2pl"} (any case) or the enum constant name. */
    public static IrtModel parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "rasch", "1pl" -> RASCH;
            case "2pl", "two_pl" -> TWO_PL;
            default -> throw new IllegalArgumentException("unknown IRT model \"" + text + "\" (expected rasch or 2pl)");
        };
    }
}
