package org.vitalprep.bank;

import org.vitalprep.bank.internal.BankParser;
import org.vitalprep.bank.internal.QuestionJson;

import java.util.List;
import java.util.Set;

/**
 * The native bank JSON format for other modules: the same validator the loader uses, and the writer that turns
 * questions back into bank JSON. Pure logic; the known exam-domain codes come from {@link QuestionBankService}.
 */
public final class BankFormat {

    private final BankParser parser;

    public BankFormat(Set<String> knownDomains) {
        this.parser = new BankParser(knownDomains);
    }

    /** A parsed bank: errors (with file, question id, JSON path and reason) or the questions (version 0). */
    public record Parsed(List<BankError> errors, String bankId, String title, String module, int version,
                         String description, List<Question> questions) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Whether questions may be tagged with this exam-domain code (one the exam definitions define). */
    public boolean knowsDomain(String code) {
        return parser.knowsDomain(code);
    }

    public Parsed parse(String file, byte[] json) {
        BankParser.Result r = parser.parse(file, json);
        if (!r.ok()) return new Parsed(r.errors(), null, null, null, 0, null, List.of());
        BankParser.ParsedBank b = r.bank();
        return new Parsed(List.of(), b.id(), b.title(), b.module(), b.version(), b.description(),
                b.questions().stream().map(BankParser.ParsedQuestion::question).toList());
    }

    /**
     * Validates one question given as the JSON object a bank holds, as if it were alone in a bank of
     * {@code module}: what the editor checks as the author types. Paths in errors are relative to the question.
     */
    public Parsed parseQuestion(String module, String questionJson) {
        return QuestionJson.parseOne(parser, module, questionJson);
    }

    /** A bank file (pretty-printed JSON, UTF-8) holding the questions; parse(write(...)) gives them back. */
    public static byte[] write(String bankId, String title, String module, int version, String description,
                               List<Question> questions) {
        return QuestionJson.writeBank(bankId, title, module, version, description, questions);
    }

    /** The exam-domain codes of the exam definitions bundled in the jar (for command-line tools). */
    public static Set<String> bundledDomainCodes() {
        return org.vitalprep.bank.internal.ExamDefinitions.bundledDomainCodes();
    }

    /** One question as the JSON object a bank file holds (pretty-printed). */
    public static String toJson(Question question) {
        return QuestionJson.writeQuestion(question);
    }
}
