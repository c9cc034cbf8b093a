package org.vitalprep.authoring;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.authoring.internal.AuthoredItemDocument;
import org.vitalprep.authoring.internal.AuthoredItemStore;
import org.vitalprep.authoring.internal.Templates;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.identity.AuditLog;
import org.vitalprep.identity.CurrentUser;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Instructors' questions: create, edit (checked by the bank validator), review, publish and retire. An
 * instructor sees and changes only their own items; an admin, everyone's. Publishing stores a new immutable
 * version in the bank, so attempts keep the version they showed.
 */
@Service
@PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
public class AuthoringService {

    public static final List<String> MODULES = org.vitalprep.authoring.internal.formats.ImportOptions.MODULES;
    static final String BANK = "authored";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AuthoredItemStore store;
    private final QuestionBankService banks;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;

    private final org.vitalprep.exam.AttemptService attempts;

    AuthoringService(AuthoredItemStore store, QuestionBankService banks, CurrentUser user, AuditLog audit, Clock clock,
                     org.vitalprep.exam.AttemptService attempts) {
        this.attempts = attempts;
        this.store = store;
        this.banks = banks;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
    }

    /** The outcome of checking a working copy: errors (path and reason) or the question as parsed. */
    public record Check(List<BankError> errors, Question question) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /** Checks a working copy exactly as the bank loader would, for the status given in its JSON. */
    public Check check(String module, String json) {
        requireModule(module);
        BankFormat.Parsed p = format().parseQuestion(module, json);
        return new Check(p.errors(), p.ok() ? p.questions().getFirst().withVersion(0) : null);
    }

    public List<AuthoredItem> items(AuthoredItem.Filter f) {
        String text = f.text() == null || f.text().isBlank() ? null : f.text().toLowerCase(Locale.ROOT);
        List<AuthoredItemDocument> docs = store.byOwner(user.isAdmin() ? null : user.learnerId()).stream()
                .filter(d -> blank(f.module()) || f.module().equals(d.module()))
                .filter(d -> blank(f.status()) || f.status().equals(d.status()))
                .filter(d -> blank(f.difficulty()) || f.difficulty().equals(d.difficulty()))
                .filter(d -> f.type() == null || f.type().code().equals(d.type()))
                .filter(d -> blank(f.domain()) || (d.domains() != null && d.domains().stream()
                        .anyMatch(x -> x.equals(f.domain()) || x.startsWith(f.domain() + "/"))))
                .filter(d -> text == null || d.id().contains(text)
                        || (d.stemPreview() != null && d.stemPreview().toLowerCase(Locale.ROOT).contains(text)))
                .toList();
        java.util.Map<String, org.vitalprep.exam.QuestionStats> stats = attempts.questionStats(
                docs.stream().filter(d -> d.publishedVersion() != null).map(AuthoredItemDocument::id).toList());
        return docs.stream().map(d -> view(d, stats.get(d.id())))
                .filter(i -> switch (f.statistic() == null ? "" : f.statistic()) {
                    case "answered" -> i.learners() != null && i.learners() > 0;
                    case "unanswered" -> i.learners() == null || i.learners() == 0;
                    case "flagged" -> i.flaggedByStatistics();
                    default -> true;
                }).toList();
    }

    public AuthoredItem item(String id) {
        return view(owned(id));
    }

    /** A new draft of the given type, from a template the author edits. */
    public AuthoredItem create(String module, QuestionType type) {
        requireModule(module);
        String id = newId();
        Question q = Templates.of(type, id, module);
        return view(insert(id, module, BankFormat.toJson(q), q, "created"));
    }

    /** A new draft copied from a published question of the library, for the author to adapt. */
    public AuthoredItem duplicate(String questionId) {
        // the library, or one of the caller's own questions; never another instructor's
        Question source = banks.publishedQuestion(questionId).or(() -> {
                    AuthoredItemDocument d = store.find(questionId).orElse(null);
                    if (d == null || !(user.isAdmin() || d.ownerId().equals(user.learnerId()))) {
                        return java.util.Optional.empty();
                    }
                    return java.util.Optional.of(parse(d));
                })
                .orElseThrow(() -> new NoSuchElementException("No published question '" + questionId + "'"));
        String id = newId();
        Question copy = restatus(source, "draft", source.module()).withIdAndStatus(id, "draft");
        return view(insert(id, source.module(), BankFormat.toJson(copy), copy, "copied from " + questionId));
    }

    /** Creates drafts from converted questions (an accepted import); ids already in use get new ones. */
    public List<AuthoredItem> createDrafts(List<Question> questions, String note) {
        List<AuthoredItem> created = new ArrayList<>();
        for (Question q : questions) {
            requireModule(q.module());
            // authored ids start with "au-", a prefix bank files may not use, so the two never collide
            String wanted = q.id() == null ? null : q.id().startsWith("au-") ? q.id()
                    : ("au-" + q.id()).substring(0, Math.min(80, q.id().length() + 3)).replaceAll("-+$", "");
            String id = wanted != null && !banks.idInUse(wanted) && store.find(wanted).isEmpty() ? wanted : newId();
            Question draft = restatus(q, "draft", q.module()).withIdAndStatus(id, "draft");
            Check c = check(q.module(), BankFormat.toJson(draft));
            if (!c.ok()) throw new IllegalArgumentException("Question " + q.id() + ": " + c.errors().getFirst());
            created.add(view(insert(id, q.module(), BankFormat.toJson(draft), draft, note)));
        }
        return created;
    }

    /**
     * Saves the working copy. It must pass the validator for its status (a draft may be incomplete); editing a
     * published or retired item starts a new draft, and learners keep the published version until it is
     * published again.
     */
    public AuthoredItem save(String id, String module, String json, long revision) {
        AuthoredItemDocument d = owned(id);
        requireModule(module);
        if (d.revision() == null || d.revision() != revision) {
            throw new IllegalStateException("Someone changed this question since you opened it; reload it to see "
                    + "their changes");
        }
        String status = d.status().equals("review") ? "review" : "draft";
        Check c = check(module, json);
        Question q = c.question();
        if (!c.ok()) throw new InvalidQuestionException(c.errors());
        if (!q.id().equals(id)) {
            throw new InvalidQuestionException(List.of(new BankError("question", q.id(), "/id",
                    "the id of a question cannot change (it is " + id + ")")));
        }
        Question withStatus = restatus(q, status, module);
        Check again = check(module, BankFormat.toJson(withStatus));
        if (!again.ok()) throw new InvalidQuestionException(again.errors());
        return view(store.save(updated(d, module, withStatus, status, d.publishedVersion(), "edited", null)));
    }

    /** Draft to review: the item must be complete (rationales, domains, difficulty, source). */
    public AuthoredItem submitForReview(String id) {
        AuthoredItemDocument d = owned(id);
        requireStatus(d, "draft");
        Question q = restatus(parse(d), "review", d.module());
        Check c = check(d.module(), BankFormat.toJson(q));
        if (!c.ok()) throw new InvalidQuestionException(c.errors());
        return view(store.save(updated(d, d.module(), q, "review", d.publishedVersion(), "submitted for review", null)));
    }

    /** Review back to draft, with the reviewer's note. */
    public AuthoredItem returnToDraft(String id, String note) {
        AuthoredItemDocument d = owned(id);
        requireStatus(d, "review");
        Question q = restatus(parse(d), "draft", d.module());
        return view(store.save(updated(d, d.module(), q, "draft", d.publishedVersion(), "returned to draft", note)));
    }

    /**
     * Review to published: stores the next immutable version; new quizzes use it, old attempts keep theirs.
     * Two writes (the version, then the item): if the second one did not happen (a crash, a concurrent edit), a
     * retry adopts the identical version already stored instead of adding another.
     */
    public AuthoredItem publish(String id) {
        AuthoredItemDocument d = owned(id);
        requireStatus(d, "review");
        Question q = restatus(parse(d), "published", d.module());
        Check c = check(d.module(), BankFormat.toJson(q));
        if (!c.ok()) throw new InvalidQuestionException(c.errors());
        Question candidate = restatus(c.question(), "published", d.module());
        List<Question> versions = banks.versions(id);
        Question stored = !versions.isEmpty() && versions.getLast().withVersion(0).equals(candidate)
                && !java.util.Objects.equals(d.publishedVersion(), versions.getLast().version())
                ? versions.getLast() : banks.storeAuthoredVersion(candidate);
        audit.record("QUESTION_PUBLISHED", who(), id, null, "version " + stored.version());
        return view(store.save(updated(d, d.module(), q, "published", stored.version(),
                "published version " + stored.version(), null)));
    }

    /** Published to retired: no new quiz can use it; assigned quizzes and past attempts keep their version. */
    public AuthoredItem retire(String id) {
        AuthoredItemDocument d = owned(id);
        if (d.publishedVersion() == null) throw new IllegalStateException("Only a published question can be retired");
        Question q = restatus(parse(d), "retired", d.module());
        audit.record("QUESTION_RETIRED", who(), id, null, "version " + d.publishedVersion());
        return view(store.save(updated(d, d.module(), q, "retired", d.publishedVersion(), "retired", null)));
    }

    /** Deletes a draft that was never published (published ones are retired instead, so attempts stay valid). */
    public void deleteDraft(String id) {
        AuthoredItemDocument d = owned(id);
        if (d.publishedVersion() != null) {
            throw new IllegalStateException("A published question is retired, not deleted: attempts refer to it");
        }
        store.delete(d);
    }

    /** Every stored version of one of the caller's questions, oldest first. */
    public List<Question> versions(String id) {
        owned(id);
        return banks.versions(id);
    }

    /** The caller's published questions at their published versions (what quizzes may use). */
    public List<Question> myPublished() {
        return store.byOwner(user.isAdmin() ? null : user.learnerId()).stream()
                .filter(d -> "published".equals(d.status()) || (d.publishedVersion() != null && !"retired".equals(d.status())))
                .filter(d -> d.publishedVersion() != null)
                .map(d -> banks.question(d.id(), d.publishedVersion())).toList();
    }

    /** The caller's items as questions (working copies), for export. */
    public List<Question> workingCopies(List<String> ids) {
        return ids.stream().map(this::owned).map(AuthoringService::parse).toList();
    }

    /** The file formats questions can be imported from and exported to, by code. */
    public List<String> importFormats() {
        return java.util.Arrays.stream(org.vitalprep.authoring.internal.formats.InterchangeFormat.values())
                .map(org.vitalprep.authoring.internal.formats.InterchangeFormat::code).toList();
    }

    /**
     * Converts an uploaded file into draft questions and a report of every item (imported, skipped or rejected,
     * with the reason). Nothing is stored: {@link #acceptImport} does that.
     */
    public ImportPreview previewImport(String format, String fileName, byte[] content, String module) {
        requireModule(module);
        var f = org.vitalprep.authoring.internal.formats.InterchangeFormat.fromCode(format)
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + format + "'"));
        var options = org.vitalprep.authoring.internal.formats.ImportOptions.forFile(fileName, module);
        var c = org.vitalprep.authoring.internal.formats.BankConverter.read(f, fileName, content, options, format());
        return new ImportPreview(fileName, f.code(), c.questions(), lines(c.report()), c.report().summary());
    }

    /** Stores the previewed questions as the caller's drafts (each checked again); returns them. */
    public List<AuthoredItem> acceptImport(ImportPreview preview) {
        List<AuthoredItem> created = createDrafts(preview.questions(), "imported from " + preview.fileName()
                + " (" + preview.format() + ")");
        audit.record("QUESTIONS_IMPORTED", who(), preview.fileName(), null, created.size() + " draft(s), "
                + preview.summary());
        return created;
    }

    /** The caller's questions (working copies) as a file in the format; what it cannot express is reported. */
    public ExportFile export(String format, List<String> ids) {
        var f = org.vitalprep.authoring.internal.formats.InterchangeFormat.fromCode(format)
                .orElseThrow(() -> new IllegalArgumentException("Unknown format '" + format + "'"));
        List<Question> questions = workingCopies(ids);
        String module = questions.stream().map(Question::module).distinct().count() == 1
                ? questions.getFirst().module() : "foundations";
        var meta = new org.vitalprep.authoring.internal.formats.ImportOptions("my-questions", "My questions", module);
        var w = org.vitalprep.authoring.internal.formats.BankConverter.write(f, questions, meta);
        String ext = switch (f) {
            case VITALPREP -> ".json";
            case MOODLE_XML -> ".xml";
            case GIFT, AIKEN -> ".txt";
            case CSV -> ".csv";
        };
        String type = switch (f) {
            case VITALPREP -> "application/json";
            case MOODLE_XML -> "application/xml";
            case CSV -> "text/csv";
            default -> "text/plain";
        };
        return new ExportFile("my-questions-" + f.code() + ext, type + ";charset=UTF-8", w.bytes(), lines(w.report()));
    }

    private static List<ConversionLine> lines(org.vitalprep.authoring.internal.formats.ConversionReport r) {
        return r.entries().stream().map(e -> new ConversionLine(e.number(), e.where(), e.questionId(),
                e.status().name(), e.reason(), e.notes())).toList();
    }

    public java.util.Set<String> domainCodes() {
        return banks.domainCodes();
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private BankFormat format() {
        return new BankFormat(banks.domainCodes());
    }

    private AuthoredItemDocument owned(String id) {
        AuthoredItemDocument d = store.find(id).orElse(null);
        // someone else's item looks exactly like a missing one
        if (d == null || !(user.isAdmin() || d.ownerId().equals(user.learnerId()))) {
            throw new NoSuchElementException("No question '" + id + "'");
        }
        return d;
    }

    private AuthoredItemDocument insert(String id, String module, String json, Question q, String action) {
        Instant now = clock.instant();
        return store.insert(new AuthoredItemDocument(id, user.learnerId(), module, q.type().code(), "draft", json,
                preview(q.stem()), q.difficulty(), q.domains(), null, now, now,
                List.of(new AuthoredItemDocument.HistoryEntry(now, who(), action, null)), null));
    }

    private AuthoredItemDocument updated(AuthoredItemDocument d, String module, Question q, String status,
                                         Integer publishedVersion, String action, String note) {
        Instant now = clock.instant();
        List<AuthoredItemDocument.HistoryEntry> history = new ArrayList<>(d.history() == null ? List.of() : d.history());
        history.add(new AuthoredItemDocument.HistoryEntry(now, who(), action, note));
        if (history.size() > 200) history = history.subList(history.size() - 200, history.size());
        return new AuthoredItemDocument(d.id(), d.ownerId(), module, q.type().code(), status, BankFormat.toJson(q),
                preview(q.stem()), q.difficulty(), q.domains(), publishedVersion, d.createdAt(), now, history,
                d.revision());
    }

    /** Stored copies were valid when saved; they are read back against their own domain codes. */
    private static Question parse(AuthoredItemDocument d) {
        BankFormat.Parsed p = new BankFormat(domainsIn(d)).parseQuestion(d.module(), d.json());
        if (p.ok()) return p.questions().getFirst();
        throw new IllegalStateException("Stored question " + d.id() + " no longer parses: " + p.errors());
    }

    private static java.util.Set<String> domainsIn(AuthoredItemDocument d) {
        return d.domains() == null ? java.util.Set.of() : java.util.Set.copyOf(d.domains());
    }

    private static Question restatus(Question q, String status, String module) {
        return q.withVersion(0).withBank(BANK, module).withIdAndStatus(q.id(), status);
    }

    private static void requireStatus(AuthoredItemDocument d, String status) {
        if (!status.equals(d.status())) {
            throw new IllegalStateException("The question is " + d.status() + ", not " + status);
        }
    }

    private static void requireModule(String module) {
        if (!MODULES.contains(module)) throw new IllegalArgumentException("Unknown module '" + module + "'");
    }

    private String newId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int tries = 0; tries < 20; tries++) {
            StringBuilder sb = new StringBuilder("au-");
            for (int i = 0; i < 8; i++) sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            String id = sb.toString();
            if (store.find(id).isEmpty() && !banks.idInUse(id)) return id;
        }
        throw new IllegalStateException("Could not find a free question id");
    }

    private String who() {
        return user.displayName().orElse("unknown");
    }

    private static String preview(String stem) {
        if (stem == null) return "";
        String s = stem.replaceAll("\\s+", " ").strip();
        return s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static AuthoredItem view(AuthoredItemDocument d) {
        return view(d, null);
    }

    private static AuthoredItem view(AuthoredItemDocument d, org.vitalprep.exam.QuestionStats s) {
        return new AuthoredItem(d.id(), d.ownerId(), d.module(), QuestionType.fromCode(d.type()), d.status(), d.json(),
                d.stemPreview(), d.difficulty(), d.domains(), d.publishedVersion(), d.updatedAt(),
                d.history() == null ? List.of() : d.history().stream()
                        .map(h -> new AuthoredItem.Event(h.at(), h.by(), h.action(), h.note())).toList(),
                d.revision() == null ? 0 : d.revision(), s == null ? null : s.n(), s == null ? null : s.p());
    }
}
