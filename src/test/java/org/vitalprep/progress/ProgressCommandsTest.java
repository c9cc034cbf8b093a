package org.vitalprep.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The calibrate command on the LSAT-7 data, written as the CSV a user would give it. */
class ProgressCommandsTest {

    @TempDir Path dir;

    static final Map<String, Integer> LSAT7 = new LinkedHashMap<>();

    static {
        String counts = "00000 12, 00001 19, 00010 1, 00011 7, 00100 3, 00101 19, 00110 3, 00111 17, 01000 10, 01001 5, "
                + "01010 3, 01011 7, 01100 7, 01101 23, 01110 8, 01111 28, 10000 7, 10001 39, 10010 11, 10011 34, "
                + "10100 14, 10101 51, 10110 15, 10111 90, 11000 6, 11001 25, 11010 7, 11011 35, 11100 18, 11101 136, "
                + "11110 32, 11111 308";
        for (String pc : counts.split(", ")) {
            String[] p = pc.split(" ");
            LSAT7.put(p[0], Integer.parseInt(p[1]));
        }
    }

    private Path lsat7Csv() throws Exception {
        StringBuilder csv = new StringBuilder("Item 1,Item 2,Item 3,Item 4,Item 5\r\n");
        LSAT7.forEach((pattern, n) -> {
            for (int i = 0; i < n; i++) csv.append(String.join(",", pattern.split(""))).append("\r\n");
        });
        Path file = dir.resolve("lsat7.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = ProgressCommands.calibrate(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void twoPlOnLsat7PrintsThePublishedEstimates() throws Exception {
        Run r = run("calibrate", "--model", "2pl", "--input", lsat7Csv().toString());
        assertThat(r.exit()).isZero();
        JsonNode json = JsonMapper.shared().readTree(r.out());
        assertThat(json.get("model").asString()).isEqualToIgnoringCase("2pl");
        assertThat(json.get("logLikelihood").asDouble()).isCloseTo(-2658.805, within(0.01));
        double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
        double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
        for (int i = 0; i < 5; i++) {
            JsonNode item = json.get("items").get(i);
            assertThat(item.get("name").asString()).isEqualTo("Item " + (i + 1));
            assertThat(item.get("a").asDouble()).isCloseTo(a[i], within(0.01));
            assertThat(item.get("b").asDouble()).isCloseTo(-d[i] / a[i], within(0.02));
        }
    }

    @Test
    void raschSharesOneSlope() throws Exception {
        Run r = run("calibrate", "--model", "rasch", "--input", lsat7Csv().toString());
        assertThat(r.exit()).isZero();
        JsonNode items = JsonMapper.shared().readTree(r.out()).get("items");
        double a0 = items.get(0).get("a").asDouble();
        for (JsonNode item : items) assertThat(item.get("a").asDouble()).isCloseTo(a0, within(1e-9));
    }

    @Test
    void badInputGetsAClearError() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "q1,q2\n1,0\n1,7\n");
        Run r = run("calibrate", "--model", "2pl", "--input", bad.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("bad.csv").contains("3");
        assertThat(run("calibrate", "--model", "3pl", "--input", bad.toString()).err()).contains("Unknown model");
        assertThat(run("calibrate").exit()).isEqualTo(2);
    }
}
