package org.vitalprep.progress;

import org.vitalprep.progress.internal.irt.Calibration;
import org.vitalprep.progress.internal.irt.CalibrationJson;
import org.vitalprep.progress.internal.irt.IrtModel;
import org.vitalprep.progress.internal.irt.ResponseCsv;
import org.vitalprep.progress.internal.irt.ResponseMatrix;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar vitalprep.jar calibrate --model rasch|2pl --input responses.csv}: IRT item parameters by
 * marginal maximum likelihood, printed as JSON. Runs without starting the app.
 */
public final class ProgressCommands {

    private ProgressCommands() {
    }

    public static int calibrate(String[] args, PrintStream out, PrintStream err) {
        String model = option(args, "--model");
        String input = option(args, "--input");
        if (model == null || input == null) {
            err.println("Usage: calibrate --model rasch|2pl --input responses.csv");
            return 2;
        }
        IrtModel m;
        try {
            m = IrtModel.parse(model);
        } catch (IllegalArgumentException e) {
            err.println("Unknown model '" + model + "': use rasch or 2pl");
            return 2;
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            err.println("No such file: " + file.toAbsolutePath());
            return 2;
        }
        ResponseMatrix data;
        try {
            data = ResponseCsv.read(file);
        } catch (IOException e) {
            err.println(input + ": " + e.getMessage());
            return 1;
        }
        Calibration.Result r = Calibration.calibrate(data, m);
        out.println(CalibrationJson.toJson(r));
        if (!r.converged()) err.println("Warning: the estimation did not fully converge in " + r.iterations() + " iterations");
        return 0;
    }

    private static String option(String[] args, String name) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(name)) return args[i + 1];
        }
        return null;
    }
}
