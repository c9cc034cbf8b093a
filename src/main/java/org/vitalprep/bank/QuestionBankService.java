package org.vitalprep.bank;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.bank.internal.BankImporter;
import org.vitalprep.bank.internal.ExamDefinitions;
import org.vitalprep.bank.internal.QuestionStore;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The question banks: what is stored, the questions learners may be served, and the import. Questions carry
 * their keys and rationales; only server-side code sees them.
 */
@Service
// Reading published questions is open (server-side code only hands learners what quiz presents);
// changing banks is restricted per method.
@PreAuthorize("permitAll()")
public class QuestionBankService {

    private final QuestionStore store;
    private final BankImporter importer;
    private final ExamDefinitions exams;
    private final org.vitalprep.identity.AuditLog audit;
    private final org.vitalprep.identity.CurrentUser user;

    QuestionBankService(QuestionStore store, BankImporter importer, ExamDefinitions exams,
                        org.vitalprep.identity.AuditLog audit, org.vitalprep.identity.CurrentUser user) {
        this.store = store;
        this.importer = importer;
        this.exams = exams;
        this.audit = audit;
        this.user = user;
    }

    /** Published questions of a module, current versions. */
    public List<Question> publishedQuestions(String module) {
        return store.currentQuestions().stream().filter(q -> q.module().equals(module)).filter(Question::published)
                .toList();
    }

    /** Published questions of every module, current versions. */
    public List<Question> publishedQuestions() {
        return store.currentQuestions().stream().filter(Question::published).toList();
    }

    /** A question as it was at a version: attempts keep pointing at the version they showed. */
    public Question question(String id, int version) {
        return store.version(id, version).orElseThrow(() -> new NoSuchElementException(
                "No question '" + id + "' version " + version));
    }

    /** Every stored version of a question, oldest first. */
    public List<Question> versions(String id) {
        return store.versionsOf(id);
    }

    /** Published question count per module id. */
    public Map<String, Long> publishedCountByModule() {
        return publishedQuestions().stream()
                .collect(Collectors.groupingBy(Question::module, TreeMap::new, Collectors.counting()));
    }

    public List<BankSummary> banks() {
        return store.banks();
    }

    public List<ExamDefinition> exams() {
        return exams.all();
    }

    /**
     * Stores an authored question as its next immutable version (instructors' publish and retire). It is not
     * added to any bank's manifest: authored questions reach learners through their instructors' quizzes.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public Question storeAuthoredVersion(Question question) {
        Question stored = importer.storeVersion(question);
        return stored;
    }

    /** Whether any bank or author already uses the question id. */
    public boolean idInUse(String questionId) {
        return !store.versionsOf(questionId).isEmpty();
    }

    /** The current version of a published bank question, if there is one. */
    public java.util.Optional<Question> publishedQuestion(String id) {
        return publishedQuestions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The exam-domain codes questions may be tagged with. */
    public java.util.Set<String> domainCodes() {
        return exams.domainCodes();
    }

    /** Re-reads and imports every bank (admin action). */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportRun reimportAll() {
        ImportRun run = importer.importAll("admin");
        String who = user.displayName().orElse("admin");
        for (BankImportReport r : run.reports()) {
            audit.record("BANK_IMPORT", who, r.bankId() == null ? r.source() : r.bankId(), null, r.summary());
        }
        return run;
    }
}
