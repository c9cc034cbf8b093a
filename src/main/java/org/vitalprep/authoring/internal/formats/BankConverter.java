package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes question files in the interchange formats. Pure logic: bytes in, questions and a report out.
 * Every item a reader produces is checked by the bank validator (as a draft, unless a native file says
 * otherwise); a file that cannot be read at all (not UTF-8, broken XML, an unterminated GIFT brace, too large) is
 * rejected whole with one report entry saying where and what.
 */
public final class BankConverter {

    /** The largest file read, as for bank files (a hostile upload cannot exhaust memory). */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private BankConverter() {
    }

    public static Conversion read(InterchangeFormat from, String fileName, byte[] input, ImportOptions options,
                                  BankFormat validator) {
        ItemCollector out = new ItemCollector(options.bankId(), validator);
        if (input.length > MAX_BYTES) {
            out.file(ConversionReport.Status.REJECTED, fileName,
                    "the file has " + input.length + " bytes; the limit is " + MAX_BYTES);
            return out.result(null);
        }
        try {
            switch (from) {
                case VITALPREP -> {
                    return readNative(fileName, input, options, validator);
                }
                case MOODLE_XML -> MoodleXmlReader.read(input, options, out);
                case GIFT -> GiftReader.read(InputText.decode(input), options, out);
                case AIKEN -> AikenReader.read(InputText.decode(input), options, out);
                case CSV -> CsvReader.read(InputText.decode(input), options, out);
            }
        } catch (FormatException e) {
            ItemCollector failed = new ItemCollector(options.bankId(), validator);
            failed.file(ConversionReport.Status.REJECTED, e.where(), e.getMessage());
            return failed.result(null);
        }
        return out.result(null);
    }

    /**
     * Writes the questions; those the format cannot express are skipped with the reason. {@code bankMeta} gives
     * the bank id, title and module of a native bank, and the top category of Moodle and GIFT files.
     */
    public static Written write(InterchangeFormat to, List<Question> questions, ImportOptions bankMeta) {
        return switch (to) {
            case VITALPREP -> writeNative(questions, bankMeta);
            case MOODLE_XML -> MoodleXmlWriter.write(questions, bankMeta);
            case GIFT -> GiftWriter.write(questions, bankMeta);
            case AIKEN -> AikenWriter.write(questions);
            case CSV -> CsvWriter.write(questions);
        };
    }

    private static Conversion readNative(String fileName, byte[] input, ImportOptions options, BankFormat validator) {
        ItemCollector out = new ItemCollector(options.bankId(), validator);
        BankFormat.Parsed parsed = validator.parse(fileName, input);
        if (!parsed.ok()) {
            for (BankError e : parsed.errors()) {
                out.file(ConversionReport.Status.REJECTED, (e.questionId() != null ? "question " + e.questionId() + " " : "")
                        + (e.path() == null || e.path().isEmpty() ? "" : "at " + e.path()), e.message());
            }
            return out.result(null);
        }
        int n = 0;
        for (Question q : parsed.questions()) {
            out.acceptChecked("question " + (++n), q);
        }
        return out.result(parsed.title());
    }

    private static Written writeNative(List<Question> questions, ImportOptions meta) {
        ExportLog log = new ExportLog();
        List<Question> kept = new ArrayList<>();
        int n = 0;
        for (Question q : questions) {
            n++;
            List<String> notes = new ArrayList<>();
            if (q.module() != null && !q.module().equals(meta.module())) {
                notes.add("filed under module " + meta.module() + " (read as " + q.module() + ")");
            }
            kept.add(q.withBank(meta.bankId(), meta.module()));
            log.exported(n, q, notes);
        }
        byte[] bytes = BankFormat.write(meta.bankId(), meta.title(), meta.module(), 1, null, kept);
        return new Written(bytes, log.report());
    }
}
