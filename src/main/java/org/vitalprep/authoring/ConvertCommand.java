package org.vitalprep.authoring;

import org.vitalprep.authoring.internal.formats.BankConverter;
import org.vitalprep.authoring.internal.formats.Conversion;
import org.vitalprep.authoring.internal.formats.ImportOptions;
import org.vitalprep.authoring.internal.formats.InterchangeFormat;
import org.vitalprep.authoring.internal.formats.Written;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar vitalprep.jar convert --from FORMAT --to FORMAT INPUT [--output FILE] [--module MODULE]
 * [--bank-id ID] [--title TITLE]}: converts a question file between the native bank format, Moodle XML, GIFT,
 * Aiken and CSV without starting the app. The converted file goes to standard output (or the --output file),
 * the report of every item to standard error. Exit code 0 when no item was rejected, 1 when any was, 2 for a
 * usage error (unknown format or module, missing file). Imported items become drafts for review.
 */
public final class ConvertCommand {

    static final String USAGE = "Usage: convert --from " + InterchangeFormat.codes() + " --to " + InterchangeFormat.codes()
            + " INPUT|- [--output FILE] [--module " + String.join("|", ImportOptions.MODULES) + "] [--bank-id ID] [--title TITLE]";
    private static final Set<String> VALUED = Set.of("--from", "--to", "--output", "--module", "--bank-id", "--title");

    private ConvertCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** {@code args} may start with the command name "convert"; INPUT "-" reads {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Map<String, String> opts = new HashMap<>();
        List<String> inputs = new ArrayList<>();
        int start = args.length > 0 && args[0].equals("convert") ? 1 : 0;
        for (int i = start; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            }
            if (VALUED.contains(a)) {
                if (i + 1 >= args.length) return usage(err, a + " needs a value");
                opts.put(a, args[++i]);
            } else if (a.startsWith("--")) {
                return usage(err, "unknown option " + a);
            } else {
                inputs.add(a);
            }
        }
        if (!opts.containsKey("--from") || !opts.containsKey("--to")) return usage(err, "--from and --to are required");
        InterchangeFormat from = InterchangeFormat.fromCode(opts.get("--from")).orElse(null);
        InterchangeFormat to = InterchangeFormat.fromCode(opts.get("--to")).orElse(null);
        if (from == null) return usage(err, "unknown format '" + opts.get("--from") + "' (use " + InterchangeFormat.codes() + ")");
        if (to == null) return usage(err, "unknown format '" + opts.get("--to") + "' (use " + InterchangeFormat.codes() + ")");
        if (inputs.size() != 1) return usage(err, inputs.isEmpty() ? "no input file" : "one input file, not " + inputs);
        String module = opts.get("--module");
        if (module != null && !ImportOptions.MODULES.contains(module)) {
            return usage(err, "unknown module '" + module + "' (use one of " + String.join(", ", ImportOptions.MODULES) + ")");
        }
        String input = inputs.getFirst();
        byte[] bytes;
        try {
            if (input.equals("-")) {
                bytes = in.readNBytes(BankConverter.MAX_BYTES + 1);
            } else {
                Path file = Path.of(input);
                if (!Files.isRegularFile(file)) {
                    err.println("No such file: " + file.toAbsolutePath());
                    return 2;
                }
                try (InputStream s = Files.newInputStream(file)) {
                    bytes = s.readNBytes(BankConverter.MAX_BYTES + 1);
                }
            }
        } catch (IOException e) {
            err.println("Cannot read " + input + ": " + e.getMessage());
            return 2;
        }
        ImportOptions options;
        try {
            ImportOptions derived = ImportOptions.forFile(input.equals("-") ? "stdin" : input, module);
            options = new ImportOptions(opts.getOrDefault("--bank-id", derived.bankId()),
                    opts.getOrDefault("--title", derived.title()), derived.module());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }

        BankFormat validator = new BankFormat(BankFormat.bundledDomainCodes());
        Conversion read = BankConverter.read(from, input, bytes, options, validator);
        err.println("Read " + from.code() + " " + input + ": " + read.report().summary());
        err.print(read.report().toText());
        int exit = read.report().anyRejected() ? 1 : 0;
        if (read.questions().isEmpty()) {
            err.println("Nothing to write.");
            return exit;
        }

        ImportOptions meta = writeMeta(read, options, opts, from);
        Written written = BankConverter.write(to, read.questions(), meta);
        String output = opts.get("--output");
        try {
            if (output == null) {
                out.write(written.bytes());
                out.flush();
            } else {
                Files.write(Path.of(output), written.bytes());
            }
        } catch (IOException e) {
            err.println("Cannot write " + output + ": " + e.getMessage());
            return 2;
        }
        err.println("Wrote " + to.code() + (output == null ? "" : " " + output) + ": " + written.report().summary());
        err.print(written.report().noteworthy().toText());
        return exit;
    }

    /**
     * The bank the output describes: the id and title given (a native input keeps its own), and the module
     * given, else the one module every question has, else the default.
     */
    private static ImportOptions writeMeta(Conversion read, ImportOptions options, Map<String, String> opts,
                                           InterchangeFormat from) {
        List<Question> qs = read.questions();
        String bankId = opts.containsKey("--bank-id") || from != InterchangeFormat.VITALPREP ? options.bankId() : qs.getFirst().bankId();
        String title = opts.containsKey("--title") || read.title() == null ? options.title() : read.title();
        String module = opts.get("--module");
        if (module == null) {
            Set<String> modules = new java.util.HashSet<>(qs.stream().map(Question::module).toList());
            module = modules.size() == 1 ? modules.iterator().next() : options.module();
        }
        return new ImportOptions(bankId, title, module);
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println(USAGE);
        return 2;
    }
}
