package org.vitalprep.exam.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.bank.QuestionType;
import org.vitalprep.exam.Answer;
import org.vitalprep.exam.AnswerOutcome;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.exam.AttemptSummary;
import org.vitalprep.exam.CustomQuiz;
import org.vitalprep.exam.Feedback;
import org.vitalprep.exam.ItemView;
import org.vitalprep.exam.Result;
import org.vitalprep.platform.Markdown;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Runs attempts: assembly, answers, flags, navigation, segments and deadlines, submission and results. Time is
 * the server's: deadlines are stored with the attempt and enforced on every call and by a background job, so an
 * attempt is submitted at expiry even if the browser is gone.
 */
@Component
public class AttemptEngine {

    private static final Logger log = LoggerFactory.getLogger(AttemptEngine.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final AttemptStore store;
    private final QuestionBankService banks;
    private final Clock clock;
    /** Rendered stems, images and EKG strips per question version: immutable, so cached without eviction rules. */
    private final com.github.benmanes.caffeine.cache.Cache<String, Rendered> rendered =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(50_000).build();

    private record Rendered(String stemHtml, String imageSvg, String stripSvg) {}

    private final org.vitalprep.catalog.CatalogService catalog;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<org.vitalprep.exam.AdaptivePolicy> adaptive;

    AttemptEngine(AttemptStore store, QuestionBankService banks, Clock clock, org.vitalprep.catalog.CatalogService catalog,
                  org.springframework.context.ApplicationEventPublisher events,
                  org.springframework.beans.factory.ObjectProvider<org.vitalprep.exam.AdaptivePolicy> adaptive) {
        this.store = store;
        this.banks = banks;
        this.clock = clock;
        this.catalog = catalog;
        this.events = events;
        this.adaptive = adaptive;
    }

    /** Tells listeners (progress) that an answer is final; they apply it idempotently. */
    private void publishFinal(String learnerId, String attemptId, int index, AttemptDocument.Item item, Question q) {
        if (item.response() == null) return;
        events.publishEvent(new org.vitalprep.exam.AnswerFinalized(learnerId, attemptId, index, q.id(), q.version(),
                q.module(), q.domains(), q.difficulty(), item.response().correct(), item.response().score(),
                item.timeSpentMs(), item.response().answeredAt()));
    }

    private Map<String, String> moduleTitles() {
        Map<String, String> titles = new HashMap<>();
        catalog.modules().forEach(m -> titles.put(m.id(), m.title()));
        return titles;
    }

    // ---- starting -------------------------------------------------------------------------------------------

    public AttemptSnapshot startTutor(String learnerId, String module, int size) {
        List<Question> pool = banks.publishedQuestions(module);
        if (pool.isEmpty()) throw new IllegalArgumentException("Module '" + module + "' has no questions");
        long seed = SEEDS.nextLong();
        List<PracticeAssembler.Selection> picks = PracticeAssembler.assemble(pool, size, seed, history(learnerId).seen());
        return create(learnerId, "TUTOR", titleOfModule(module), module, null, true, seed,
                List.of(new AttemptDocument.Segment("Quiz", 0, picks.size(), 0, null, null, null)),
                items(picks, seed), List.of());
    }

    public AttemptSnapshot startCustom(String learnerId, CustomQuiz spec) {
        History h = history(learnerId);
        List<Question> pool = banks.publishedQuestions().stream()
                .filter(q -> spec.modules().isEmpty() || spec.modules().contains(q.module()))
                .filter(q -> spec.domains().isEmpty() || q.domains().stream().anyMatch(spec.domains()::contains))
                .filter(q -> switch (spec.pool()) {
                    case ALL -> true;
                    case UNSEEN -> !h.seen().contains(q.id());
                    case ANSWERED_WRONG -> h.wrong().contains(q.id());
                    case FLAGGED -> h.flagged().contains(q.id());
                }).toList();
        if (pool.isEmpty()) {
            throw new IllegalArgumentException("No questions match this selection; widen the modules, domains or pool");
        }
        long seed = SEEDS.nextLong();
        List<PracticeAssembler.Selection> picks = PracticeAssembler.assemble(pool, spec.size(), seed, h.seen());
        List<String> notes = picks.size() < spec.size()
                ? List.of("Only " + picks.size() + " questions matched, so the quiz is shorter than the " + spec.size()
                + " asked for.") : List.of();
        String module = spec.modules().size() == 1 ? spec.modules().getFirst() : null;
        return create(learnerId, "CUSTOM", "Custom quiz", module, null, spec.immediateFeedback(), seed,
                List.of(new AttemptDocument.Segment("Quiz", 0, picks.size(), spec.minutes(), null, null, null)),
                items(picks, seed), notes);
    }

    /**
     * Adaptive practice (CAT) over a module or exam domain: tutor feedback after each answer, and each next
     * question chosen by the {@link org.vitalprep.exam.AdaptivePolicy} from the answers so far.
     */
    public AttemptSnapshot startAdaptive(String learnerId, String scope, int maxItems) {
        org.vitalprep.exam.AdaptivePolicy policy = adaptive.getIfAvailable();
        if (policy == null) throw new IllegalStateException("Adaptive practice is not available");
        long seed = SEEDS.nextLong();
        String first = policy.next(learnerId, scope, List.of(), seed)
                .orElseThrow(() -> new IllegalArgumentException("No questions for " + scope));
        Question q = banks.publishedQuestions().stream().filter(x -> x.id().equals(first)).findFirst().orElseThrow();
        AttemptDocument.Item item = new AttemptDocument.Item(q.id(), q.version(), PracticeAssembler.optionOrder(q, seed),
                PracticeAssembler.promptOrder(q, seed), true, q.module(), null, false, 0, 0);
        return create(learnerId, "ADAPTIVE", "Adaptive practice", scope, null, true, seed,
                List.of(new AttemptDocument.Segment("Adaptive", 0, 1, 0, null, null, null)), List.of(item),
                List.of("Adaptive: each question is chosen for your current level; the session ends when your level is "
                        + "measured precisely enough or after " + maxItems + " questions."), maxItems);
    }

    /** After an answer in an adaptive session: add the next question, unless the policy says stop. */
    private void adapt(String learnerId, String id) {
        AttemptDocument a = load(id, learnerId);
        if (!"ADAPTIVE".equals(a.kind()) || !a.active()) return;
        if (a.items().stream().anyMatch(i -> i.response() == null)) return;
        if (a.maxItems() != null && a.items().size() >= a.maxItems()) return;
        List<org.vitalprep.exam.AdaptivePolicy.Answered> soFar = a.items().stream()
                .map(i -> new org.vitalprep.exam.AdaptivePolicy.Answered(i.questionId(), i.response().correct())).toList();
        adaptive.getObject().next(learnerId, a.module(), soFar, a.seed() + a.items().size()).ifPresent(next -> {
            Question q = banks.publishedQuestions().stream().filter(x -> x.id().equals(next)).findFirst().orElseThrow();
            store.append(a, new AttemptDocument.Item(q.id(), q.version(), PracticeAssembler.optionOrder(q, a.seed()),
                    PracticeAssembler.promptOrder(q, a.seed()), true, q.module(), null, false, 0, 0));
        });
    }

    /** The ability estimate of an adaptive session, for display. */
    public java.util.Optional<org.vitalprep.exam.AdaptivePolicy.Estimate> adaptiveEstimate(String id, String learnerId) {
        AttemptDocument a = load(id, learnerId);
        org.vitalprep.exam.AdaptivePolicy policy = adaptive.getIfAvailable();
        if (!"ADAPTIVE".equals(a.kind()) || policy == null) return java.util.Optional.empty();
        List<org.vitalprep.exam.AdaptivePolicy.Answered> soFar = a.items().stream().filter(i -> i.response() != null)
                .map(i -> new org.vitalprep.exam.AdaptivePolicy.Answered(i.questionId(), i.response().correct())).toList();
        return java.util.Optional.of(policy.estimate(learnerId, a.module(), soFar));
    }

    /** A tutor-mode quiz of the given questions, in a seeded order (spaced review). */
    public AttemptSnapshot startReview(String learnerId, List<String> questionIds, String title) {
        Set<String> wanted = new HashSet<>(questionIds);
        List<Question> pool = banks.publishedQuestions().stream().filter(q -> wanted.contains(q.id())).toList();
        if (pool.isEmpty()) throw new IllegalArgumentException("Nothing is due for review");
        long seed = SEEDS.nextLong();
        List<PracticeAssembler.Selection> picks = PracticeAssembler.assemble(pool, pool.size(), seed, Set.of());
        return create(learnerId, "TUTOR", title, null, null, true, seed,
                List.of(new AttemptDocument.Segment("Review", 0, picks.size(), 0, null, null, null)),
                items(picks, seed), List.of());
    }

    public AttemptSnapshot startExam(String learnerId, String examId) {
        return startExam(learnerId, examId, null);
    }

    private AttemptSnapshot startExam(String learnerId, String examId, String assignmentId) {
        ExamDefinition exam = exam(examId);
        long seed = SEEDS.nextLong();
        ExamAssembler.Form form = ExamAssembler.assemble(exam, banks.publishedQuestions(), history(learnerId).seen(), seed);
        if (form.picks().isEmpty()) throw new IllegalArgumentException("No questions are tagged for " + examId);
        List<AttemptDocument.Item> items = new ArrayList<>();
        for (ExamAssembler.Pick p : form.picks()) {
            items.add(new AttemptDocument.Item(p.question().id(), p.question().version(),
                    PracticeAssembler.optionOrder(p.question(), seed), PracticeAssembler.promptOrder(p.question(), seed),
                    p.scored(), p.domain(), null, false, 0, 0));
        }
        // segments keep the exam's proportions when the form came out short
        int total = exam.scoredItems() + exam.pretestItems();
        List<AttemptDocument.Segment> segments = new ArrayList<>();
        int from = 0;
        for (int s = 0; s < exam.segments().size(); s++) {
            ExamDefinition.Segment def = exam.segments().get(s);
            int to = s == exam.segments().size() - 1 ? items.size()
                    : Math.min(items.size(), from + (int) Math.round((double) def.items() * items.size() / total));
            segments.add(new AttemptDocument.Segment(def.name(), from, to, def.minutes(), null, null, null));
            from = to;
        }
        List<String> notes = new ArrayList<>();
        if (!form.shortfalls().isEmpty()) {
            notes.add("The question banks cannot fill this exam's blueprint yet, so this form is shorter: "
                    + String.join("; ", form.shortfalls()) + ".");
        }
        return create(learnerId, "EXAM", exam.name(), null, exam.id(), false, seed, segments, items, notes, null,
                assignmentId, null, null);
    }

    /**
     * An attempt at an instructor's assignment: a timed exam simulation, or the instructor's quiz with its
     * questions at the versions the assignment fixed, its shuffling, time limit and feedback setting.
     */
    public AttemptSnapshot startAssigned(String learnerId, org.vitalprep.exam.AssignedQuiz spec) {
        if (spec.examId() != null) return startExam(learnerId, spec.examId(), spec.assignmentId());
        long seed = SEEDS.nextLong();
        List<Question> questions = new ArrayList<>();
        for (org.vitalprep.exam.AssignedQuiz.QuestionRef ref : spec.questions()) {
            questions.add(banks.question(ref.id(), ref.version()));
        }
        if (spec.shuffleQuestions()) java.util.Collections.shuffle(questions, new java.util.Random(seed));
        List<AttemptDocument.Item> items = new ArrayList<>();
        for (Question q : questions) {
            List<String> options = spec.shuffleOptions() ? PracticeAssembler.optionOrder(q, seed) : authoredOrder(q);
            List<String> prompts = spec.shuffleOptions() ? PracticeAssembler.promptOrder(q, seed)
                    : q.prompts().stream().map(Question.Prompt::id).toList();
            items.add(new AttemptDocument.Item(q.id(), q.version(), options, prompts, true, q.module(), null, false, 0, 0));
        }
        List<String> notes = spec.feedbackFrom() == null ? List.of() : List.of("Your score appears when you submit; "
                + "the answers and rationales appear after the due date, when everyone has finished.");
        return create(learnerId, "ASSIGNED", spec.title(), null, null, spec.immediateFeedback(), seed,
                List.of(new AttemptDocument.Segment("Quiz", 0, items.size(), spec.minutes(), null, null, null)),
                items, notes, null, spec.assignmentId(), spec.feedbackFrom(), spec.closesAt());
    }

    private static List<String> authoredOrder(Question q) {
        return q.type() == QuestionType.MATCHING ? q.choices().stream().map(Question.Choice::id).toList()
                : q.options().stream().map(Question.Option::id).toList();
    }

    /** Every attempt at an assignment, for its instructor's gradebook and item analysis. */
    public List<org.vitalprep.exam.AttemptRecord> records(String assignmentId) {
        return store.byAssignment(assignmentId).stream().map(this::record).toList();
    }

    /** Facility per question over each learner's first final answer (submitted, or answered in tutor mode). */
    public Map<String, org.vitalprep.exam.QuestionStats> questionStats(java.util.Collection<String> questionIds) {
        if (questionIds.isEmpty()) return Map.of();
        Set<String> wanted = new HashSet<>(questionIds);
        Map<String, double[]> sums = new HashMap<>(); // id -> {n, sum}
        Set<String> counted = new HashSet<>();
        for (AttemptDocument a : store.showing(wanted)) {
            if ("ASSIGNED".equals(a.kind()) && a.assignmentId() == null) continue; // an instructor's preview
            for (AttemptDocument.Item it : a.items()) {
                if (!wanted.contains(it.questionId()) || !it.scored()) continue;
                boolean fin = !a.active() || (a.immediateFeedback() && it.response() != null);
                if (!fin || !counted.add(a.learnerId() + "|" + it.questionId())) continue;
                double[] s = sums.computeIfAbsent(it.questionId(), k -> new double[2]);
                s[0]++;
                s[1] += it.response() == null ? 0 : it.response().score();
            }
        }
        Map<String, org.vitalprep.exam.QuestionStats> out = new HashMap<>();
        sums.forEach((id, s) -> out.put(id, new org.vitalprep.exam.QuestionStats(id, (int) s[0], s[1] / s[0])));
        return out;
    }

    /** One learner's attempts at an assignment. */
    public List<org.vitalprep.exam.AttemptRecord> records(String assignmentId, String learnerId) {
        return store.byAssignment(assignmentId, learnerId).stream().map(this::record).toList();
    }

    /** How many attempts the learner has started at the assignment. */
    public int attemptCount(String learnerId, String assignmentId) {
        return (int) store.countByAssignment(learnerId, assignmentId);
    }

    private org.vitalprep.exam.AttemptRecord record(AttemptDocument a) {
        List<org.vitalprep.exam.AttemptRecord.ItemRecord> items = new ArrayList<>();
        for (AttemptDocument.Item it : a.items()) {
            Answer ans = it.response() == null ? null : it.response().answer();
            List<String> chosen = ans == null ? List.of() : ans.choice() != null ? List.of(ans.choice())
                    : ans.choices() != null ? ans.choices() : List.of();
            items.add(new org.vitalprep.exam.AttemptRecord.ItemRecord(it.questionId(), it.questionVersion(), it.scored(),
                    it.response() == null ? null : it.response().score(), chosen));
        }
        return new org.vitalprep.exam.AttemptRecord(a.id(), a.learnerId(), a.assignmentId(), a.title(), !a.active(),
                a.startedAt(), a.submittedAt(), a.percent(), a.passed(), items);
    }

    /**
     * A question as a learner would see it, for an author's preview: not stored, nothing cached (a draft changes
     * with every keystroke). With an answer, the feedback the learner would get.
     */
    public ItemView preview(Question q, Answer answer) {
        AttemptDocument.Item it = new AttemptDocument.Item(q.id(), q.version(), authoredOrder(q),
                q.prompts().stream().map(Question.Prompt::id).toList(), true, q.module(),
                answer == null ? null : new AttemptDocument.Response(answer, Scoring.score(q, answer) >= 1,
                        Scoring.score(q, answer), clock.instant()), false, 0, 0);
        Rendered r = render(q);
        return present(q, it, 0, 0, answer, answer != null, answer == null ? null : feedback(q, it), r);
    }

    private AttemptSnapshot create(String learnerId, String kind, String title, String module, String examId,
                                   boolean immediate, long seed, List<AttemptDocument.Segment> segments,
                                   List<AttemptDocument.Item> items, List<String> notes) {
        return create(learnerId, kind, title, module, examId, immediate, seed, segments, items, notes, null);
    }

    private AttemptSnapshot create(String learnerId, String kind, String title, String module, String examId,
                                   boolean immediate, long seed, List<AttemptDocument.Segment> segments,
                                   List<AttemptDocument.Item> items, List<String> notes, Integer maxItems) {
        return create(learnerId, kind, title, module, examId, immediate, seed, segments, items, notes, maxItems, null,
                null, null);
    }

    private AttemptSnapshot create(String learnerId, String kind, String title, String module, String examId,
                                   boolean immediate, long seed, List<AttemptDocument.Segment> segments,
                                   List<AttemptDocument.Item> items, List<String> notes, Integer maxItems,
                                   String assignmentId, Instant feedbackFrom, Instant closesAt) {
        Instant now = clock.instant();
        List<AttemptDocument.Segment> started = new ArrayList<>(segments);
        AttemptDocument.Segment first = started.getFirst();
        Instant deadline = first.minutes() > 0 ? now.plusSeconds(first.minutes() * 60L) : null;
        // an assignment's quiz closes at its due date even without a time limit (then held keys are released)
        if (closesAt != null && (deadline == null || closesAt.isBefore(deadline))) deadline = closesAt;
        started.set(0, new AttemptDocument.Segment(first.name(), first.from(), first.to(), first.minutes(), now,
                deadline, null));
        AttemptDocument doc = store.insert(new AttemptDocument(UUID.randomUUID().toString(), learnerId, kind, title,
                module, examId, immediate, seed, now, null, AttemptDocument.ACTIVE, null, started, 0, deadline, 0, 0,
                now, items, notes, null, null, maxItems, assignmentId, feedbackFrom, null));
        return snapshot(doc);
    }

    private static List<AttemptDocument.Item> items(List<PracticeAssembler.Selection> picks, long seed) {
        return picks.stream().map(s -> new AttemptDocument.Item(s.question().id(), s.question().version(),
                s.optionOrder(), PracticeAssembler.promptOrder(s.question(), seed), true, s.question().module(), null,
                false, 0, 0)).toList();
    }

    // ---- during the attempt ---------------------------------------------------------------------------------

    public AttemptSnapshot view(String id, String learnerId) {
        return snapshot(current(id, learnerId));
    }

    /**
     * Saves an answer with one conditional update. The hot path reads only what it needs (a projection of one
     * item) and answers with that item; a refused answer returns the whole attempt so the view can catch up.
     */
    public AnswerOutcome answer(String id, String learnerId, int index, Answer answer, int expectedSeq) {
        AttemptStore.AnswerContext c = store.answerContext(id, learnerId, index)
                .orElseThrow(() -> new NoSuchElementException("No attempt " + id));
        if (c.item() == null || c.segmentOf(index) < 0) {
            throw new IllegalArgumentException("Question " + (index + 1) + " is not in this attempt");
        }
        Instant now = clock.instant();
        if (c.active() && c.currentDeadline() != null && !now.isBefore(c.currentDeadline())) {
            return refused(id, learnerId, index); // time is up: let the full path close the segment
        }
        AttemptDocument.Item item = c.item();
        Question q = banks.question(item.questionId(), item.questionVersion());
        String invalid = Scoring.invalid(q, answer);
        if (invalid != null) throw new IllegalArgumentException("Question " + (index + 1) + ": " + invalid);
        int segment = c.segmentOf(index);
        if (!c.active() || segment != c.currentSegment() || (c.immediateFeedback() && item.response() != null)) {
            return refused(id, learnerId, index);
        }
        double score = Scoring.score(q, answer);
        AttemptDocument.Response response = new AttemptDocument.Response(answer, score >= 1 - 1e-9, score, now);
        boolean saved = store.recordAnswer(id, learnerId, index, segment, expectedSeq, response,
                c.immediateFeedback(), now);
        if (!saved) return refused(id, learnerId, index);
        // the update's conditions held, so the stored item is exactly this one
        AttemptDocument.Item updated = new AttemptDocument.Item(item.questionId(), item.questionVersion(),
                item.optionOrder(), item.promptOrder(), item.scored(), item.group(), response, item.flagged(),
                item.timeSpentMs(), item.seq() + 1);
        boolean fin = c.immediateFeedback();
        if (c.adaptive()) {
            publishFinal(learnerId, id, index, updated, q);
            adapt(learnerId, id);
            return new AnswerOutcome(AnswerOutcome.Status.SAVED, null, null, view(id, learnerId));
        }
        if (fin) {
            // time on this question so far (it is booked to the attempt when the learner moves on)
            long onIt = c.viewing() == index && c.viewingSince() != null
                    ? Math.max(0, Math.min(now.toEpochMilli() - c.viewingSince().toEpochMilli(), 3_600_000L)) : 0;
            publishFinal(learnerId, id, index, new AttemptDocument.Item(updated.questionId(), updated.questionVersion(),
                    updated.optionOrder(), updated.promptOrder(), updated.scored(), updated.group(), response,
                    updated.flagged(), updated.timeSpentMs() + onIt, updated.seq()), q);
        }
        return new AnswerOutcome(AnswerOutcome.Status.SAVED, null,
                present(q, updated, index, segment, answer, fin, fin ? feedback(q, updated) : null), null);
    }

    private AnswerOutcome refused(String id, String learnerId, int index) {
        AttemptDocument now = current(id, learnerId);
        String reason = lockReason(now, index);
        if (reason != null) return new AnswerOutcome(AnswerOutcome.Status.LOCKED, reason, null, snapshot(now));
        return new AnswerOutcome(AnswerOutcome.Status.CONFLICT,
                "This question was changed in another tab or window; here is what is saved now.", null, snapshot(now));
    }

    public AttemptSnapshot flag(String id, String learnerId, int index, boolean flagged) {
        AttemptDocument a = current(id, learnerId);
        item(a, index);
        if (a.active()) store.setFlag(id, learnerId, index, a.segmentOf(index), flagged, clock.instant());
        return view(id, learnerId);
    }

    public AttemptSnapshot moveTo(String id, String learnerId, int index) {
        AttemptDocument a = current(id, learnerId);
        item(a, index);
        if (a.active()) {
            AttemptDocument.Segment seg = a.segments().get(a.currentSegment());
            if (index < seg.from() || index >= seg.to()) {
                throw new IllegalArgumentException("Question " + (index + 1) + " is not in the current segment");
            }
            store.moveTo(a, index, clock.instant());
        }
        return view(id, learnerId);
    }

    /** Ends the current segment early (the next segment's clock starts now), or submits after the last. */
    public AttemptSnapshot endSegment(String id, String learnerId) {
        AttemptDocument a = current(id, learnerId);
        if (a.active()) store.closeSegment(a, a.currentSegment(), clock.instant(), "learner");
        return finishIfSubmitted(id, learnerId);
    }

    /** Submits the attempt; harmless when already submitted. */
    public AttemptSnapshot submit(String id, String learnerId) {
        AttemptDocument a = current(id, learnerId);
        if (a.active()) {
            store.moveTo(a, a.position(), clock.instant()); // book the time on the last question
            store.submit(id, learnerId, clock.instant(), "learner");
        }
        return finishIfSubmitted(id, learnerId);
    }

    public List<AttemptSummary> recent(String learnerId, int limit) {
        return store.recent(learnerId, limit).stream().map(a -> new AttemptSummary(a.id(),
                AttemptSnapshot.Kind.valueOf(a.kind()), a.title(), a.startedAt(), a.submittedAt(), a.items().size(),
                (int) a.items().stream().filter(i -> i.response() != null).count(), a.percent(), a.passed())).toList();
    }

    /** Closes every expired segment and submits every expired attempt, browser or not. */
    @Scheduled(fixedDelayString = "${vitalprep.exam.expiry-check-ms:5000}")
    public void expireDue() {
        Instant now = clock.instant();
        for (AttemptDocument a : store.expired(now)) {
            try {
                enforceTime(a, now);
                finishIfSubmitted(a.id(), a.learnerId());
            } catch (RuntimeException e) {
                log.warn("Could not expire attempt {}: {}", a.id(), e.getMessage());
            }
        }
    }

    // ---- internals ----------------------------------------------------------------------------------------------

    /** The attempt after applying any deadline that has passed (segments close, the attempt submits). */
    private AttemptDocument current(String id, String learnerId) {
        AttemptDocument a = load(id, learnerId);
        Instant now = clock.instant();
        if (a.active() && a.currentDeadline() != null && !now.isBefore(a.currentDeadline())) {
            enforceTime(a, now);
            a = load(id, learnerId);
            if (!a.active()) finishIfSubmitted(id, learnerId);
            a = load(id, learnerId);
        }
        return a;
    }

    /** Closes expired segments one after another (each next clock starts when the previous one ran out). */
    private void enforceTime(AttemptDocument a, Instant now) {
        AttemptDocument cur = a;
        while (cur.active() && cur.currentDeadline() != null && !now.isBefore(cur.currentDeadline())) {
            store.closeSegment(cur, cur.currentSegment(), cur.currentDeadline(), "time");
            cur = load(cur.id(), cur.learnerId());
        }
    }

    private AttemptSnapshot finishIfSubmitted(String id, String learnerId) {
        AttemptDocument a = load(id, learnerId);
        if (!a.active() && a.percent() == null) {
            Result r = result(a);
            store.summarize(id, r.percent(), r.passed());
            if (!a.immediateFeedback()) {
                for (int i = 0; i < a.items().size(); i++) {
                    AttemptDocument.Item it = a.items().get(i);
                    publishFinal(learnerId, id, i, it, banks.question(it.questionId(), it.questionVersion()));
                }
            }
            a = load(id, learnerId);
        }
        return snapshot(a);
    }

    private String lockReason(AttemptDocument a, int index) {
        if (!a.active()) return "This attempt has been submitted; answers can no longer change.";
        int seg = a.segmentOf(index);
        if (seg < a.currentSegment()) return "That segment has closed; its answers can no longer change.";
        if (seg > a.currentSegment()) return "That segment has not started yet.";
        if (a.immediateFeedback() && a.items().get(index).response() != null) {
            return "You have answered this question; its feedback is final.";
        }
        return null;
    }

    private AttemptDocument load(String id, String learnerId) {
        return store.find(id, learnerId).orElseThrow(() -> new NoSuchElementException("No attempt " + id));
    }

    private static AttemptDocument.Item item(AttemptDocument a, int index) {
        if (index < 0 || index >= a.items().size()) {
            throw new IllegalArgumentException("Question " + (index + 1) + " is not in this attempt (it has "
                    + a.items().size() + ")");
        }
        return a.items().get(index);
    }

    private ExamDefinition exam(String examId) {
        return banks.exams().stream().filter(e -> e.id().equals(examId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No exam " + examId));
    }

    private String titleOfModule(String module) {
        return "Tutor practice: " + moduleTitles().getOrDefault(module, module);
    }

    private Result result(AttemptDocument a) {
        List<ResultCalculator.Scored> scored = new ArrayList<>();
        for (AttemptDocument.Item it : a.items()) {
            double s = it.response() == null ? 0 : it.response().score();
            scored.add(new ResultCalculator.Scored(it.group(), it.scored(), s, it.timeSpentMs()));
        }
        ExamDefinition exam = a.examId() == null ? null : exam(a.examId());
        return ResultCalculator.compute(scored, exam, moduleTitles());
    }

    /** What the learner has done before: seen items, items whose last answer was wrong, flagged items. */
    record History(Set<String> seen, Set<String> wrong, Set<String> flagged) {}

    History history(String learnerId) {
        Set<String> seen = new HashSet<>();
        Map<String, Boolean> lastCorrect = new HashMap<>();
        Set<String> flagged = new HashSet<>();
        List<AttemptDocument> attempts = new ArrayList<>(store.recent(learnerId, 500));
        java.util.Collections.reverse(attempts); // oldest first, so the latest answer wins
        for (AttemptDocument a : attempts) {
            for (AttemptDocument.Item i : a.items()) {
                if (i.response() != null) {
                    seen.add(i.questionId());
                    lastCorrect.put(i.questionId(), i.response().correct());
                }
                if (i.flagged()) flagged.add(i.questionId());
                else flagged.remove(i.questionId());
            }
        }
        Set<String> wrong = lastCorrect.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        return new History(seen, wrong, flagged);
    }

    // ---- presentation: nothing about the key unless the item is final for the learner -----------------------

    private AttemptSnapshot snapshot(AttemptDocument a) {
        boolean submitted = !a.active();
        // an assignment may hold keys and rationales back until its due date
        boolean held = a.feedbackFrom() != null && clock.instant().isBefore(a.feedbackFrom());
        List<ItemView> items = new ArrayList<>();
        for (int i = 0; i < a.items().size(); i++) {
            AttemptDocument.Item it = a.items().get(i);
            Question q = banks.question(it.questionId(), it.questionVersion());
            Answer answer = it.response() == null ? null : it.response().answer();
            boolean fin = !held && (submitted || (a.immediateFeedback() && answer != null));
            int seg = a.segmentOf(i);
            boolean locked = fin || submitted || seg != a.currentSegment();
            items.add(present(q, it, i, seg, answer, locked, fin ? feedback(q, it) : null));
        }
        List<AttemptSnapshot.SegmentInfo> segments = a.segments().stream().map(s -> new AttemptSnapshot.SegmentInfo(
                s.name(), s.from(), s.to(), s.minutes(), s.startedAt(), s.deadline(), s.closedAt())).toList();
        Result result = submitted ? result(a) : null;
        return new AttemptSnapshot(a.id(), AttemptSnapshot.Kind.valueOf(a.kind()), a.title(), a.immediateFeedback(),
                a.startedAt(), a.submittedAt(), a.submitReason(), a.currentSegment(), segments, a.position(), items,
                a.revision() == null ? 0 : a.revision(), result, a.notes());
    }

    private ItemView present(Question q, AttemptDocument.Item it, int index, int segment, Answer answer,
                             boolean locked, Feedback feedback) {
        return present(q, it, index, segment, answer, locked, feedback,
                rendered.get(q.id() + "@" + q.version(), k -> render(q)));
    }

    private static void fill(Question q, AttemptDocument.Item it, List<ItemView.Choice> options,
                             List<ItemView.Choice> prompts, List<ItemView.Choice> choices,
                             List<ItemView.Region> regions) {
        if (q.type() == QuestionType.MATCHING) {
            for (String id : it.promptOrder()) {
                q.prompts().stream().filter(p -> p.id().equals(id)).findFirst()
                        .ifPresent(p -> prompts.add(new ItemView.Choice(p.id(), p.text())));
            }
            for (String id : it.optionOrder()) {
                q.choices().stream().filter(c -> c.id().equals(id)).findFirst()
                        .ifPresent(c -> choices.add(new ItemView.Choice(c.id(), c.text())));
            }
        } else {
            for (String id : it.optionOrder()) {
                Question.Option o = q.option(id);
                options.add(new ItemView.Choice(o.id(), o.text()));
                if (o.region() != null) regions.add(new ItemView.Region(o.id(), o.text(), o.region().shape(), o.region().coords()));
            }
        }
    }

    private static Rendered render(Question q) {
        return new Rendered(Markdown.toSafeHtml(q.stem()),
                q.image() == null ? null : SvgSanitizer.sanitize(q.image().svg()),
                q.strip() == null ? null : EkgSvg.render(EkgStrip.generate(q.strip()),
                        "Six-second lead II rhythm strip at 25 mm/s and 10 mm/mV"));
    }

    private ItemView present(Question q, AttemptDocument.Item it, int index, int segment, Answer answer,
                             boolean locked, Feedback feedback, Rendered r) {
        List<ItemView.Choice> options = new ArrayList<>();
        List<ItemView.Choice> prompts = new ArrayList<>();
        List<ItemView.Choice> choices = new ArrayList<>();
        List<ItemView.Region> regions = new ArrayList<>();
        fill(q, it, options, prompts, choices, regions);
        return new ItemView(index, q.id(), q.version(), q.type(), r.stemHtml(), options, prompts, choices,
                q.numericKey() == null ? null : q.numericKey().unit(), r.imageSvg(),
                q.image() == null ? null : q.image().alt(), regions, r.stripSvg(), segment, answer, it.flagged(), locked,
                it.seq(), it.timeSpentMs(), feedback);
    }

    static Feedback feedback(Question q, AttemptDocument.Item it) {
        Answer a = it.response() == null ? null : it.response().answer();
        double score = Scoring.score(q, a);
        List<Feedback.OptionFeedback> options = new ArrayList<>();
        String keyText;
        switch (q.type()) {
            case MATCHING -> {
                Map<String, String> choiceText = q.choices().stream()
                        .collect(Collectors.toMap(Question.Choice::id, Question.Choice::text));
                for (Question.Prompt p : q.prompts()) {
                    String keyed = q.matchKey().get(p.id());
                    String given = a == null || a.matches() == null ? null : a.matches().get(p.id());
                    options.add(new Feedback.OptionFeedback(p.id(), p.text() + " → " + choiceText.get(keyed), true,
                            keyed.equals(given), p.rationale()));
                }
                for (Question.Choice c : q.choices()) {
                    if (!q.matchKey().containsValue(c.id())) {
                        options.add(new Feedback.OptionFeedback(c.id(), c.text(), false, false, c.rationale()));
                    }
                }
                keyText = q.prompts().stream().map(p -> p.text() + " → " + choiceText.get(q.matchKey().get(p.id())))
                        .collect(Collectors.joining("; "));
            }
            case ORDERING -> {
                for (int k = 0; k < q.keyIds().size(); k++) {
                    Question.Option o = q.option(q.keyIds().get(k));
                    boolean placed = a != null && a.order() != null && a.order().size() > k && a.order().get(k).equals(o.id());
                    options.add(new Feedback.OptionFeedback(o.id(), (k + 1) + ". " + o.text(), true, placed, o.rationale()));
                }
                keyText = q.keyIds().stream().map(id -> q.option(id).text()).collect(Collectors.joining(" → "));
            }
            case NUMERIC -> keyText = format(q.numericKey().value()) + " " + q.numericKey().unit()
                    + (q.numericKey().tolerance() > 0 ? " (± " + format(q.numericKey().tolerance()) + ")" : "");
            default -> {
                Set<String> keys = new HashSet<>(q.keyIds());
                Set<String> chosen = new HashSet<>();
                if (a != null && a.choice() != null) chosen.add(a.choice());
                if (a != null && a.choices() != null) chosen.addAll(a.choices());
                for (String id : it.optionOrder()) {
                    Question.Option o = q.option(id);
                    options.add(new Feedback.OptionFeedback(o.id(), o.text(), keys.contains(id), chosen.contains(id),
                            o.rationale()));
                }
                keyText = q.keyIds().stream().map(id -> q.option(id).text()).collect(Collectors.joining("; "));
            }
        }
        String explanation = q.rationale();
        if (q.type() == QuestionType.NUMERIC && a != null && a.number() != null && score < 1) {
            for (Question.CommonError ce : q.commonErrors()) {
                if (Math.abs(ce.value() - a.number()) <= Math.max(q.numericKey().tolerance(), 1e-9)) {
                    explanation = explanation + "\n\nYour answer, " + format(a.number()) + ": " + ce.rationale();
                }
            }
        }
        return new Feedback(score >= 1 - 1e-9, score, keyText, options, explanation, q.source());
    }

    static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
