package org.vitalprep.classroom;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.authoring.AuthoringService;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.classroom.internal.AssignmentDocument;
import org.vitalprep.classroom.internal.ClassDocument;
import org.vitalprep.classroom.internal.ClassroomRules;
import org.vitalprep.classroom.internal.ClassroomStore;
import org.vitalprep.classroom.internal.QuizDocument;
import org.vitalprep.exam.AssignedQuiz;
import org.vitalprep.exam.AttemptRecord;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.identity.AuditLog;
import org.vitalprep.identity.CurrentUser;
import org.vitalprep.platform.Csv;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

/**
 * Classes, quizzes, assignments and the gradebook. Instructors see and change only the classes they teach and
 * the quizzes they own (another instructor's class id behaves like an unknown one); admins see everything;
 * learners join by code and see only their own classes' assignments and their own results.
 */
@Service
public class ClassroomService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final ClassroomStore store;
    private final CurrentUser user;
    private final AttemptService attempts;
    private final QuestionBankService banks;
    private final AuthoringService authoring;
    private final AuditLog audit;
    private final Clock clock;
    private final ClassroomRules rules;

    ClassroomService(ClassroomStore store, CurrentUser user, AttemptService attempts, QuestionBankService banks,
                     AuthoringService authoring, AuditLog audit, Clock clock, ClassroomRules rules) {
        this.rules = rules;
        this.store = store;
        this.user = user;
        this.attempts = attempts;
        this.banks = banks;
        this.authoring = authoring;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- classes (instructors) ----------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public ClassInfo createClass(String name, String term) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A class needs a name of 1 to 120 characters");
        }
        String t = term == null ? "" : term.strip();
        if (t.length() > 60) throw new IllegalArgumentException("A term has at most 60 characters");
        ClassDocument c = store.insert(new ClassDocument(UUID.randomUUID().toString(), name.strip(), t,
                List.of(user.learnerId()), newJoinCode(), true, clock.instant(), List.of(), null));
        audit.record("CLASS_CREATED", who(), c.id(), null, c.name());
        return info(c);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<ClassInfo> myClasses() {
        return store.taughtBy(user.isAdmin() ? null : user.learnerId()).stream().map(ClassroomService::info).toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public ClassInfo clazz(String classId) {
        return info(taught(classId));
    }

    /** A new join code (the old one stops working), or joining switched on or off. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public ClassInfo setJoin(String classId, boolean open, boolean newCode) {
        ClassDocument c = taught(classId);
        return info(store.save(new ClassDocument(c.id(), c.name(), c.term(), c.instructorIds(),
                newCode ? newJoinCode() : c.joinCode(), open, c.createdAt(), c.members(), c.revision())));
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public void removeMember(String classId, String learnerId) {
        taught(classId);
        if (store.removeMember(classId, learnerId)) audit.record("CLASS_MEMBER_REMOVED", who(), learnerId, null, classId);
    }

    // ---- joining (learners) -------------------------------------------------------------------------------

    /** Joins the class with this code; joining twice changes nothing. */
    @PreAuthorize("isAuthenticated()")
    public ClassInfo join(String code) {
        return rules.joinAs(user.learnerId(), user.displayName().orElse(""), code);
    }

    /** The learner's assignments in every class they joined, with their attempts and what they can do now. */
    @PreAuthorize("isAuthenticated()")
    public List<LearnerAssignment> myAssignments() {
        String me = user.learnerId();
        Instant now = clock.instant();
        List<LearnerAssignment> out = new ArrayList<>();
        for (ClassDocument c : store.joinedBy(me)) {
            for (AssignmentDocument a : store.assignmentsOf(c.id())) {
                AssignmentInfo info = ClassroomRules.info(a);
                List<AttemptRecord> mine = attempts.myAssignmentAttempts(a.id());
                int used = mine.size();
                Integer best = overrideOf(a, me) != null ? overrideOf(a, me) : mine.stream()
                        .filter(AttemptRecord::submitted).map(AttemptRecord::percent).filter(java.util.Objects::nonNull)
                        .max(Integer::compare).orElse(null);
                String window = info.window(now);
                boolean left = a.attemptsAllowed() == 0 || used < a.attemptsAllowed();
                String status = !window.equals("open") ? window : left ? "open" : "no attempts left";
                out.add(new LearnerAssignment(info, c.name(), used, best, status, window.equals("open") && left));
            }
        }
        out.sort(Comparator.comparing((LearnerAssignment l) -> l.assignment().dueAt() == null ? Instant.MAX
                : l.assignment().dueAt()));
        return out;
    }

    /** Names of the classes the learner joined. */
    @PreAuthorize("isAuthenticated()")
    public List<String> myClassNames() {
        return store.joinedBy(user.learnerId()).stream().map(ClassDocument::name).toList();
    }

    // ---- quizzes ---------------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<QuizSpec> quizzes() {
        return store.quizzesOf(user.isAdmin() ? null : user.learnerId()).stream().map(ClassroomService::spec).toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public QuizSpec quiz(String id) {
        return spec(ownedQuiz(id));
    }

    /** The questions a quiz may use: the published library and the instructor's own published questions. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<Question> candidateQuestions() {
        List<Question> all = new ArrayList<>(authoring.myPublished());
        all.addAll(banks.publishedQuestions());
        return all;
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public QuizSpec saveQuiz(QuizSpec spec) {
        Map<String, Question> candidates = candidatesById();
        for (String id : spec.questionIds()) {
            if (!candidates.containsKey(id)) throw new IllegalArgumentException("No published question '" + id + "'");
        }
        QuizDocument old = spec.id() == null ? null : ownedQuiz(spec.id());
        QuizDocument d = new QuizDocument(old == null ? UUID.randomUUID().toString() : old.id(),
                old == null ? user.learnerId() : old.ownerId(), spec.title().strip(), spec.questionIds(),
                spec.ruleModules(), spec.ruleDomains(), spec.ruleDifficulty(), spec.ruleCount(), spec.minutes(),
                spec.immediateFeedback(), spec.feedbackAfterDue(), spec.shuffleQuestions(), spec.shuffleOptions(), spec.attemptsAllowed(),
                clock.instant(), old == null ? null : old.revision());
        return spec(store.save(d));
    }

    /** The instructor takes the quiz as a learner would; the attempt is theirs and counts nowhere. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public AttemptSnapshot previewQuiz(String quizId) {
        QuizDocument q = ownedQuiz(quizId);
        List<AssignedQuiz.QuestionRef> refs = draw(q, new Random());
        return attempts.startPreview(new AssignedQuiz(null, "Preview: " + q.title(), null, refs, q.shuffleQuestions(),
                q.shuffleOptions(), q.minutes(), q.immediateFeedback(), null, null));
    }

    /** The questions of a quiz at their current published versions: the hand-picked ones, then the rule's draw. */
    private List<AssignedQuiz.QuestionRef> draw(QuizDocument q, Random random) {
        Map<String, Question> candidates = candidatesById();
        List<AssignedQuiz.QuestionRef> refs = new ArrayList<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (String id : q.questionIds()) {
            Question c = candidates.get(id);
            if (c == null) throw new IllegalStateException("Question '" + id + "' is no longer published; edit the quiz");
            refs.add(new AssignedQuiz.QuestionRef(c.id(), c.version()));
            taken.add(id);
        }
        if (q.ruleCount() > 0) {
            List<Question> pool = new ArrayList<>(candidates.values().stream()
                    .filter(c -> !taken.contains(c.id()))
                    .filter(c -> q.ruleModules().isEmpty() || q.ruleModules().contains(c.module()))
                    .filter(c -> q.ruleDomains().isEmpty() || c.domains().stream().anyMatch(d -> q.ruleDomains().stream()
                            .anyMatch(r -> d.equals(r) || d.startsWith(r + "/"))))
                    .filter(c -> q.ruleDifficulty() == null || q.ruleDifficulty().isBlank()
                            || q.ruleDifficulty().equals(c.difficulty()))
                    .sorted(Comparator.comparing(Question::id)).toList());
            if (pool.size() < q.ruleCount()) {
                throw new IllegalStateException("The rule asks for " + q.ruleCount() + " questions but only "
                        + pool.size() + " match; widen it or lower the count");
            }
            java.util.Collections.shuffle(pool, random);
            pool.subList(0, q.ruleCount()).forEach(c -> refs.add(new AssignedQuiz.QuestionRef(c.id(), c.version())));
        }
        return refs;
    }

    private Map<String, Question> candidatesById() {
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question c : candidateQuestions()) byId.putIfAbsent(c.id(), c);
        return byId;
    }

    // ---- assignments and the gradebook ---------------------------------------------------------------------

    /**
     * Assigns a quiz (its questions are fixed now, at their published versions, so every learner gets the same
     * form) or a timed exam simulation to a class.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public AssignmentInfo assign(String classId, String quizId, String examId, Instant opensAt, Instant dueAt,
                                 Integer attemptsAllowed) {
        ClassDocument c = taught(classId);
        if ((quizId == null) == (examId == null)) throw new IllegalArgumentException("Assign either a quiz or an exam");
        if (opensAt != null && dueAt != null && !dueAt.isAfter(opensAt)) {
            throw new IllegalArgumentException("The due date must be after the opening date");
        }
        AssignmentDocument a;
        if (quizId != null) {
            QuizDocument q = ownedQuiz(quizId);
            List<AssignmentDocument.Ref> refs = draw(q, new Random()).stream()
                    .map(r -> new AssignmentDocument.Ref(r.id(), r.version())).toList();
            if (Boolean.TRUE.equals(q.feedbackAfterDue()) && dueAt == null) {
                throw new IllegalArgumentException("This quiz shows feedback after the due date, so give it a due date");
            }
            a = new AssignmentDocument(UUID.randomUUID().toString(), c.id(), q.title(), q.id(), null, refs,
                    q.minutes(), q.immediateFeedback(), q.feedbackAfterDue(), q.shuffleQuestions(), q.shuffleOptions(),
                    opensAt, dueAt,
                    attemptsAllowed == null ? q.attemptsAllowed() : attemptsAllowed, user.learnerId(), clock.instant(),
                    List.of(), null);
        } else {
            var exam = banks.exams().stream().filter(e -> e.id().equals(examId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No exam '" + examId + "'"));
            a = new AssignmentDocument(UUID.randomUUID().toString(), c.id(), exam.name() + " (timed simulation)", null,
                    exam.id(), List.of(), 0, false, false, true, true, opensAt, dueAt,
                    attemptsAllowed == null ? 1 : attemptsAllowed, user.learnerId(), clock.instant(), List.of(), null);
        }
        if (a.attemptsAllowed() < 0 || a.attemptsAllowed() > 100) throw new IllegalArgumentException("0 to 100 attempts");
        store.save(a);
        audit.record("ASSIGNMENT_CREATED", who(), a.id(), null, c.name() + ": " + a.title());
        return ClassroomRules.info(a);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<AssignmentInfo> assignments(String classId) {
        taught(classId);
        return store.assignmentsOf(classId).stream().map(ClassroomRules::info).toList();
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public AssignmentInfo assignment(String assignmentId) {
        AssignmentDocument a = store.assignment(assignmentId).orElseThrow(() -> unknown("assignment", assignmentId));
        taught(a.classId());
        return ClassroomRules.info(a);
    }

    /** Learners x assignments; the grade is the best submitted attempt unless the instructor overrode it. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public Gradebook gradebook(String classId) {
        ClassDocument c = taught(classId);
        List<AssignmentDocument> as = store.assignmentsOf(classId);
        Map<String, Map<String, List<AttemptRecord>>> byAssignment = new HashMap<>();
        for (AssignmentDocument a : as) {
            Map<String, List<AttemptRecord>> byLearner = new HashMap<>();
            for (AttemptRecord r : attempts.assignmentAttempts(a.id())) {
                byLearner.computeIfAbsent(r.learnerId(), k -> new ArrayList<>()).add(r);
            }
            byAssignment.put(a.id(), byLearner);
        }
        List<Gradebook.Row> rows = new ArrayList<>();
        for (ClassDocument.Member m : c.members().stream().sorted(Comparator.comparing(ClassDocument.Member::name))
                .toList()) {
            List<Gradebook.Cell> cells = new ArrayList<>();
            for (AssignmentDocument a : as) {
                List<AttemptRecord> mine = byAssignment.get(a.id()).getOrDefault(m.learnerId(), List.of());
                List<AttemptRecord> done = mine.stream().filter(AttemptRecord::submitted).toList();
                Integer best = done.stream().map(AttemptRecord::percent).filter(java.util.Objects::nonNull)
                        .max(Integer::compare).orElse(null);
                Integer latest = done.stream().max(Comparator.comparing(AttemptRecord::submittedAt))
                        .map(AttemptRecord::percent).orElse(null);
                AssignmentDocument.Override o = a.overrides() == null ? null : a.overrides().stream()
                        .filter(x -> x.learnerId().equals(m.learnerId())).reduce((x, y) -> y).orElse(null);
                boolean late = a.dueAt() != null && done.stream()
                        .anyMatch(r -> r.submittedAt() != null && r.submittedAt().isAfter(a.dueAt()));
                cells.add(new Gradebook.Cell(mine.size(), done.size(), best, latest,
                        o == null ? null : o.percent(), o == null ? null : o.reason(), late));
            }
            rows.add(new Gradebook.Row(new ClassInfo.Member(m.learnerId(), m.name(), m.joinedAt()), cells));
        }
        return new Gradebook(info(c), as.stream().map(ClassroomRules::info).toList(), rows);
    }

    /** The gradebook as CSV (UTF-8 with BOM so spreadsheets read accents; formula-like cells neutralised). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public byte[] gradebookCsv(String classId) {
        Gradebook g = gradebook(classId);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("Learner", "Account"));
        g.assignments().forEach(a -> header.add(a.title()));
        header.add("Average");
        rows.add(header);
        for (Gradebook.Row r : g.rows()) {
            List<String> row = new ArrayList<>(List.of(r.learner().name(), r.learner().learnerId().replaceFirst("^user:", "")));
            for (Gradebook.Cell cell : r.cells()) row.add(cell.grade() == null ? "" : String.valueOf(cell.grade()));
            row.add(r.average() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", r.average()));
            rows.add(row);
        }
        return Csv.write(rows, true).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces a learner's grade on an assignment (null percent removes the override); audited. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public void overrideGrade(String assignmentId, String learnerId, Integer percent, String reason) {
        AssignmentDocument a = store.assignment(assignmentId).orElseThrow(() -> unknown("assignment", assignmentId));
        ClassDocument c = taught(a.classId());
        if (c.members().stream().noneMatch(m -> m.learnerId().equals(learnerId))) throw unknown("learner", learnerId);
        if (percent != null && (percent < 0 || percent > 100)) throw new IllegalArgumentException("A grade is 0 to 100");
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("Say why the grade changes");
        Integer before = overrideOf(a, learnerId);
        List<AssignmentDocument.Override> overrides = new ArrayList<>(a.overrides() == null ? List.of() : a.overrides());
        overrides.removeIf(o -> o.learnerId().equals(learnerId));
        if (percent != null) overrides.add(new AssignmentDocument.Override(learnerId, percent, reason.strip(), who(),
                clock.instant()));
        store.save(new AssignmentDocument(a.id(), a.classId(), a.title(), a.quizId(), a.examId(), a.questions(),
                a.minutes(), a.immediateFeedback(), a.feedbackAfterDue(), a.shuffleQuestions(), a.shuffleOptions(),
                a.opensAt(), a.dueAt(),
                a.attemptsAllowed(), a.createdBy(), a.createdAt(), overrides, a.revision()));
        audit.record("GRADE_CHANGE", who(), learnerId, null, a.title() + ": " + (before == null ? "computed" : before)
                + " -> " + (percent == null ? "computed" : percent) + " (" + reason.strip() + ")");
    }

    /** Every attempt at an assignment (for item analysis); only for its class's instructors. */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public List<AttemptRecord> attemptsAt(String assignmentId) {
        return attempts.assignmentAttempts(assignmentId);
    }

    /** Item analysis of one question of an assignment: its stem and the option texts for display. */
    public record AnalysedItem(String questionId, int version, String stem, java.util.Map<String, String> optionTexts) {}

    /** The item analysis of an assignment over first attempts or all attempts, with the questions' texts. */
    public record Analysis(AssignmentInfo assignment, org.vitalprep.analytics.ItemAnalysis.Result result,
                           java.util.Map<String, AnalysedItem> questions) {}

    /**
     * Classical item analysis of the submitted attempts at an assignment (only its class's instructors): per item
     * facility, item-rest point-biserial, upper/lower 27% discrimination and distractors; KR-20/alpha and SEM.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public Analysis itemAnalysis(String assignmentId, boolean firstAttemptsOnly) {
        AssignmentInfo a = assignment(assignmentId);
        List<AttemptRecord> done = attempts.assignmentAttempts(assignmentId).stream().filter(AttemptRecord::submitted)
                .sorted(Comparator.comparing(AttemptRecord::startedAt)).toList();
        if (firstAttemptsOnly) {
            Map<String, AttemptRecord> first = new LinkedHashMap<>();
            done.forEach(r -> first.putIfAbsent(r.learnerId(), r));
            done = List.copyOf(first.values());
        }
        // one column per question version (an exam assignment's forms differ, and a bank update between two
        // attempts can change a question's options): "id@version
        Map<String, AnalysedItem> questions = new LinkedHashMap<>();
        Map<String, org.vitalprep.analytics.ResponseTable.Item> columns = new LinkedHashMap<>();
        for (AttemptRecord r : done) {
            for (AttemptRecord.ItemRecord it : r.items()) {
                String column = it.questionId() + "@" + it.questionVersion();
                if (!it.scored() || columns.containsKey(column)) continue;
                Question q = banks.question(it.questionId(), it.questionVersion());
                boolean choice = q.type().singleChoice() || q.type() == org.vitalprep.bank.QuestionType.MULTIPLE_RESPONSE;
                columns.put(column, choice
                        ? new org.vitalprep.analytics.ResponseTable.Item(column,
                        q.options().stream().map(Question.Option::id).toList(), q.keyIds())
                        : org.vitalprep.analytics.ResponseTable.Item.scoreOnly(column));
                Map<String, String> texts = new LinkedHashMap<>();
                q.options().forEach(o -> texts.put(o.id(), o.text()));
                questions.put(column, new AnalysedItem(q.id(), q.version(), q.stem(), texts));
            }
        }
        var table = org.vitalprep.analytics.ResponseTable.builder(List.copyOf(columns.values()),
                firstAttemptsOnly ? org.vitalprep.analytics.ResponseTable.FIRST_ATTEMPTS
                        : org.vitalprep.analytics.ResponseTable.ALL_ATTEMPTS);
        for (AttemptRecord r : done) {
            table.attempt();
            for (AttemptRecord.ItemRecord it : r.items()) {
                if (!it.scored()) continue;
                String column = it.questionId() + "@" + it.questionVersion();
                boolean choice = columns.get(column).hasOptions();
                table.answer(column, it.score() == null ? 0 : Math.max(0, Math.min(1, it.score())),
                        choice ? it.chosen() : List.of());
            }
        }
        return new Analysis(a, org.vitalprep.analytics.ItemAnalysis.analyze(table.build()), questions);
    }

    // ---- internals -----------------------------------------------------------------------------------------

    private ClassDocument taught(String classId) {
        ClassDocument c = classId == null ? null : store.clazz(classId).orElse(null);
        if (c == null || !(user.isAdmin() || c.instructorIds().contains(user.learnerId()))) {
            throw unknown("class", classId); // another instructor's class looks like a missing one
        }
        return c;
    }

    private QuizDocument ownedQuiz(String id) {
        QuizDocument q = id == null ? null : store.quiz(id).orElse(null);
        if (q == null || !(user.isAdmin() || q.ownerId().equals(user.learnerId()))) throw unknown("quiz", id);
        return q;
    }

    private static Integer overrideOf(AssignmentDocument a, String learnerId) {
        return a.overrides() == null ? null : a.overrides().stream().filter(o -> o.learnerId().equals(learnerId))
                .map(AssignmentDocument.Override::percent).reduce((x, y) -> y).orElse(null);
    }

    private String newJoinCode() {
        for (int tries = 0; tries < 20; tries++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
            if (store.byJoinCode(sb.toString()).isEmpty()) return sb.toString();
        }
        throw new IllegalStateException("Could not find a free join code");
    }

    private String who() {
        return user.displayName().orElse("unknown");
    }

    private static NoSuchElementException unknown(String what, String id) {
        return new NoSuchElementException("No " + what + " '" + id + "'");
    }

    private static ClassInfo info(ClassDocument c) {
        return new ClassInfo(c.id(), c.name(), c.term(), c.joinCode(), c.joinOpen(), c.instructorIds(),
                c.members().stream().map(m -> new ClassInfo.Member(m.learnerId(), m.name(), m.joinedAt())).toList());
    }

    private static QuizSpec spec(QuizDocument q) {
        return new QuizSpec(q.id(), q.title(), q.questionIds(), q.ruleModules(), q.ruleDomains(), q.ruleDifficulty(),
                q.ruleCount(), q.minutes(), q.immediateFeedback(), Boolean.TRUE.equals(q.feedbackAfterDue()),
                q.shuffleQuestions(), q.shuffleOptions(), q.attemptsAllowed());
    }
}
