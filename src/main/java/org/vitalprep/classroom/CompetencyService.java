package org.vitalprep.classroom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.classroom.internal.ChecklistExport;
import org.vitalprep.classroom.internal.ClassDocument;
import org.vitalprep.classroom.internal.ClassroomStore;
import org.vitalprep.classroom.internal.CompetencyCatalogParser;
import org.vitalprep.classroom.internal.StudentRecordDocument;
import org.vitalprep.identity.AuditLog;
import org.vitalprep.identity.CurrentUser;
import org.vitalprep.platform.ContentFile;
import org.vitalprep.platform.ContentLocator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Competency sign-off (MAERB-style checklists) and externship hours. Learners log their shifts; the instructors
 * of a learner's class sign off competency attempts and record supervisors' attestations, and export the
 * per-student checklist (CSV or PDF) for an accreditation survey. An instructor reaches only learners of the
 * classes they teach.
 */
@Service
public class CompetencyService {

    /** Keeps a learner's record document far below MongoDB's 16 MB (a full externship is a few hundred shifts). */
    static final int MAX_SHIFTS = 2_000;

    private final MongoTemplate mongo;
    private final ClassroomStore classes;
    private final CurrentUser user;
    private final AuditLog audit;
    private final Clock clock;
    private final ContentLocator content;
    private final String program;
    private volatile CompetencyCatalog catalog;

    CompetencyService(MongoTemplate mongo, ClassroomStore classes, CurrentUser user, AuditLog audit, Clock clock,
                      ContentLocator content, @Value("${vitalprep.program-name:VitalPrep}") String program) {
        this.mongo = mongo;
        this.classes = classes;
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        this.content = content;
        this.program = program;
    }

    /** A student's checklist as the view shows it: every competency with its attempts, and the shifts. */
    public record StudentChecklist(ClassInfo.Member student, String className, ChecklistReport report,
                                   List<Shift> shifts) {}

    /** A logged shift with its id (for attestation). */
    public record Shift(String id, LocalDate date, String site, String supervisor, BigDecimal hours, String attestedBy,
                        Instant attestedAt) {}

    /** The competency catalog (content/competencies/maerb-core.json, or the external content directory's). */
    @PreAuthorize("isAuthenticated()")
    public CompetencyCatalog catalog() {
        CompetencyCatalog c = catalog;
        if (c == null) {
            ContentFile file = content.list("content/competencies", ".json").stream()
                    .filter(f -> f.relativePath().endsWith("maerb-core.json")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("No competency catalog (content/competencies/maerb-core.json)"));
            c = CompetencyCatalogParser.parseOrThrow(file.displayName(), file.bytes());
            catalog = c;
        }
        return c;
    }

    // ---- instructors -----------------------------------------------------------------------------------------

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public StudentChecklist checklist(String classId, String learnerEmail) {
        ClassDocument c = taught(classId);
        ClassDocument.Member m = member(c, learnerEmail);
        StudentRecordDocument r = record(m.learnerId());
        return new StudentChecklist(new ClassInfo.Member(m.learnerId(), m.name(), m.joinedAt()), c.name(),
                report(c, m, r), shifts(r));
    }

    /**
     * Records one sign-off attempt. A pass with a critical step missed is refused: missing a critical step fails
     * the attempt. Attempts are numbered per competency.
     */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public StudentChecklist signOff(String classId, String learnerEmail, String code, LocalDate date, boolean passed,
                                    List<String> stepsMissed, String notes) {
        ClassDocument c = taught(classId);
        ClassDocument.Member m = member(c, learnerEmail);
        Competency comp = catalog().find(code).orElseThrow(() -> new IllegalArgumentException("No competency " + code));
        List<String> missed = stepsMissed == null ? List.of() : List.copyOf(stepsMissed);
        for (String s : missed) {
            if (comp.step(s).isEmpty()) throw new IllegalArgumentException(code + " has no step " + s);
        }
        if (passed && comp.criticalSteps().stream().anyMatch(s -> missed.contains(s.id()))) {
            throw new IllegalArgumentException("A critical step was missed, so this attempt cannot pass");
        }
        if (date == null || date.isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(1))) {
            throw new IllegalArgumentException("Give the date of the attempt (not in the future)");
        }
        String n = notes == null ? "" : notes.strip();
        if (n.length() > 2000) throw new IllegalArgumentException("Notes have at most 2,000 characters");
        String evaluator = user.displayName().orElse("unknown");
        update(m.learnerId(), r -> {
            List<StudentRecordDocument.Signoff> list = new ArrayList<>(r.signoffs());
            int attempt = (int) list.stream().filter(s -> s.code().equals(code)).count() + 1;
            list.add(new StudentRecordDocument.Signoff(UUID.randomUUID().toString(), code, attempt, date, passed,
                    evaluator, user.learnerId(), n, missed, clock.instant()));
            return new StudentRecordDocument(r.learnerId(), list, r.shifts(), r.revision());
        });
        audit.record("COMPETENCY_SIGNOFF", evaluator, m.learnerId(), null, code + " " + (passed ? "PASS" : "FAIL")
                + " on " + date);
        return checklist(classId, learnerEmail);
    }

    /** Records that the site supervisor attested a shift (the program holds the signed timesheet). */
    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public StudentChecklist attest(String classId, String learnerEmail, String shiftId, String supervisorName) {
        ClassDocument c = taught(classId);
        ClassDocument.Member m = member(c, learnerEmail);
        if (supervisorName == null || supervisorName.isBlank() || supervisorName.length() > 200) {
            throw new IllegalArgumentException("Name the supervisor who attested the hours");
        }
        String who = user.displayName().orElse("unknown");
        update(m.learnerId(), r -> {
            List<StudentRecordDocument.Shift> list = new ArrayList<>();
            boolean found = false;
            for (StudentRecordDocument.Shift s : r.shifts()) {
                if (s.id().equals(shiftId)) {
                    found = true;
                    s = new StudentRecordDocument.Shift(s.id(), s.date(), s.site(), s.supervisor(), s.hours(), s.loggedAt(),
                            supervisorName.strip(), who, clock.instant());
                }
                list.add(s);
            }
            if (!found) throw new NoSuchElementException("No shift " + shiftId);
            return new StudentRecordDocument(r.learnerId(), r.signoffs(), list, r.revision());
        });
        audit.record("HOURS_ATTESTED", who, m.learnerId(), null, "shift " + shiftId + " attested by " + supervisorName.strip());
        return checklist(classId, learnerEmail);
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public byte[] checklistCsv(String classId, String learnerEmail) {
        return ChecklistExport.checklistCsv(checklist(classId, learnerEmail).report());
    }

    @PreAuthorize("hasAnyRole('INSTRUCTOR','ADMIN')")
    public byte[] checklistPdf(String classId, String learnerEmail) {
        return ChecklistExport.pdf(checklist(classId, learnerEmail).report());
    }

    // ---- learners ------------------------------------------------------------------------------------------

    /** Logs an externship shift for the current learner (attested later by the program). */
    @PreAuthorize("isAuthenticated()")
    public List<Shift> logHours(LocalDate date, String site, String supervisor, double hours) {
        if (date == null || date.isAfter(LocalDate.now(clock.withZone(ZoneId.systemDefault())).plusDays(1))) {
            throw new IllegalArgumentException("Give the date of the shift (not in the future)");
        }
        if (site == null || site.isBlank() || site.length() > 200) throw new IllegalArgumentException("Name the site");
        if (supervisor == null || supervisor.isBlank() || supervisor.length() > 200) {
            throw new IllegalArgumentException("Name the supervisor");
        }
        if (!(hours > 0 && hours <= 24)) throw new IllegalArgumentException("A shift is more than 0 and at most 24 hours");
        double rounded = Math.round(hours * 4) / 4.0;
        String me = user.learnerId();
        update(me, r -> {
            if (r.shifts().size() >= MAX_SHIFTS) {
                throw new IllegalArgumentException("At most " + MAX_SHIFTS + " shifts can be logged");
            }
            double sameDay = r.shifts().stream().filter(s -> s.date().equals(date)).mapToDouble(StudentRecordDocument.Shift::hours).sum();
            if (sameDay + rounded > 24) {
                throw new IllegalArgumentException("That would make more than 24 hours on " + date);
            }
            List<StudentRecordDocument.Shift> list = new ArrayList<>(r.shifts());
            list.add(new StudentRecordDocument.Shift(UUID.randomUUID().toString(), date, site.strip(), supervisor.strip(),
                    rounded, clock.instant(), null, null, null));
            return new StudentRecordDocument(r.learnerId(), r.signoffs(), list, r.revision());
        });
        return myShifts();
    }

    @PreAuthorize("isAuthenticated()")
    public List<Shift> myShifts() {
        return shifts(record(user.learnerId()));
    }

    /** The current learner's competencies: code to status (passed / failed / not attempted). */
    @PreAuthorize("isAuthenticated()")
    public List<ChecklistReport.CompetencyEntry> myCompetencies() {
        return entries(record(user.learnerId()));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private ChecklistReport report(ClassDocument c, ClassDocument.Member m, StudentRecordDocument r) {
        List<ChecklistReport.HoursEntry> hours = r.shifts().stream()
                .sorted(Comparator.comparing(StudentRecordDocument.Shift::date))
                .map(s -> new ChecklistReport.HoursEntry(s.date(), s.site(), s.supervisor(), hours(s.hours()),
                        s.attestedBy() != null, s.attestedBy(), s.attestedAt())).toList();
        return new ChecklistReport(program, c.name(), c.instructorIds().stream().map(i -> i.replaceFirst("^user:", ""))
                .toList(), m.name(), m.learnerId().replaceFirst("^user:", ""), clock.instant(), ZoneId.systemDefault(),
                entries(r), hours);
    }

    private List<ChecklistReport.CompetencyEntry> entries(StudentRecordDocument r) {
        List<ChecklistReport.CompetencyEntry> out = new ArrayList<>();
        for (Competency comp : catalog().competencies()) {
            List<ChecklistReport.Attempt> attempts = r.signoffs().stream().filter(s -> s.code().equals(comp.code()))
                    .sorted(Comparator.comparingInt(StudentRecordDocument.Signoff::attempt))
                    .map(s -> new ChecklistReport.Attempt(s.attempt(), s.date(),
                            s.passed() ? ChecklistReport.Result.PASS : ChecklistReport.Result.FAIL, s.evaluator(),
                            s.notes(), s.stepsMissed().stream().map(id -> comp.step(id).map(st -> st.text()).orElse(id))
                            .toList())).toList();
            ChecklistReport.Status status = attempts.isEmpty() ? ChecklistReport.Status.NOT_ATTEMPTED
                    : attempts.getLast().result() == ChecklistReport.Result.PASS ? ChecklistReport.Status.PASSED
                    : ChecklistReport.Status.FAILED;
            out.add(new ChecklistReport.CompetencyEntry(comp.code(), comp.description(), comp.kind(), status, attempts));
        }
        return out;
    }

    private static List<Shift> shifts(StudentRecordDocument r) {
        return r.shifts().stream().sorted(Comparator.comparing(StudentRecordDocument.Shift::date).reversed())
                .map(s -> new Shift(s.id(), s.date(), s.site(), s.supervisor(), hours(s.hours()), s.attestedBy(),
                        s.attestedAt())).toList();
    }

    private static BigDecimal hours(double h) {
        return BigDecimal.valueOf(h).setScale(2, RoundingMode.HALF_UP);
    }

    private StudentRecordDocument record(String learnerId) {
        StudentRecordDocument r = mongo.findById(learnerId, StudentRecordDocument.class);
        return r != null ? r : new StudentRecordDocument(learnerId, List.of(), List.of(), null);
    }

    /** One version-checked write of the learner's record; retried when another write came first. */
    private void update(String learnerId, UnaryOperator<StudentRecordDocument> change) {
        for (int tries = 0; ; tries++) {
            try {
                mongo.save(change.apply(record(learnerId)));
                return;
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                if (tries >= 5) throw new IllegalStateException("The record is busy; try again", e);
            }
        }
    }

    private ClassDocument taught(String classId) {
        ClassDocument c = classId == null ? null : classes.clazz(classId).orElse(null);
        if (c == null || !(user.isAdmin() || c.instructorIds().contains(user.learnerId()))) {
            throw new NoSuchElementException("No class '" + classId + "'");
        }
        return c;
    }

    private static ClassDocument.Member member(ClassDocument c, String learnerEmail) {
        String id = "user:" + (learnerEmail == null ? "" : learnerEmail.strip().toLowerCase(java.util.Locale.ROOT));
        return c.members().stream().filter(m -> m.learnerId().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No learner '" + learnerEmail + "' in this class"));
    }

}
