package org.vitalprep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.vitalprep.bank.ContentCommands;

import java.util.Set;

/**
 * VitalPrep: certification exam prep for medical assistants. With no arguments (or Spring options) it runs the
 * web app; {@code coverage}, {@code lint}, {@code calibrate} and {@code convert} run command-line tools and exit.
 */
@SpringBootApplication
@EnableCaching
@EnableScheduling
public class VitalPrepApplication {

    private static final Set<String> COMMANDS = Set.of("coverage", "lint");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(ContentCommands.run(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("calibrate")) {
            System.exit(org.vitalprep.progress.ProgressCommands.calibrate(args, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("convert")) {
            System.exit(org.vitalprep.authoring.ConvertCommand.run(args, System.in, System.out, System.err));
        }
        SpringApplication.run(VitalPrepApplication.class, args);
    }
}
