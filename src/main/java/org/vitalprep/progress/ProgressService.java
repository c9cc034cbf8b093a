package org.vitalprep.progress;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vitalprep.bank.ExamDefinition;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.catalog.CatalogService;
import org.vitalprep.catalog.StudyModule;
import org.vitalprep.exam.AttemptService;
import org.vitalprep.exam.AttemptSnapshot;
import org.vitalprep.identity.CurrentUser;
import org.vitalprep.progress.internal.ProgressMath;
import org.vitalprep.progress.internal.ProgressState;
import org.vitalprep.progress.internal.ProgressView;
import org.vitalprep.progress.internal.ReadinessService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The current learner's progress, review queue and readiness. A learner sees only their own. */
@Service
// Anyone may call (anonymous learners too): every method acts only on the caller's own learner id or on
// published content; methods with stricter rules say so themselves.
@PreAuthorize("permitAll()")
public class ProgressService {

    private final ProgressView progress;
    private final CurrentUser user;
    private final QuestionBankService banks;
    private final CatalogService catalog;
    private final AttemptService attempts;
    private final ReadinessService readiness;
    private final Clock clock;

    ProgressService(ProgressView progress, CurrentUser user, QuestionBankService banks, CatalogService catalog,
                    AttemptService attempts, ReadinessService readiness, Clock clock) {
        this.progress = progress;
        this.user = user;
        this.banks = banks;
        this.catalog = catalog;
        this.attempts = attempts;
        this.readiness = readiness;
        this.clock = clock;
    }

    public ProgressSummary summary() {
        String learner = user.learnerId();
        ProgressState s = progress.state(learner);
        Instant now = clock.instant();
        List<Question> published = banks.publishedQuestions();
        Map<String, Long> perModule = new HashMap<>();
        Map<String, Long> perDomain = new HashMap<>();
        for (Question q : published) {
            perModule.merge(q.module(), 1L, Long::sum);
            q.domains().forEach(d -> perDomain.merge(d, 1L, Long::sum));
        }
        Map<String, Integer> seenModule = new HashMap<>();
        s.items().values().forEach(i -> seenModule.merge(i.module(), 1, Integer::sum));
        List<ProgressSummary.Area> modules = new ArrayList<>();
        for (StudyModule m : catalog.modules()) {
            ProgressState.Tally t = s.modules().getOrDefault(m.id(), ProgressState.Tally.EMPTY);
            modules.add(new ProgressSummary.Area(m.id(), m.title(), t.answered(), t.percent(),
                    seenModule.getOrDefault(m.id(), 0), perModule.getOrDefault(m.id(), 0L).intValue(),
                    ProgressMath.trend(t), t.timeMs()));
        }
        Map<String, String> domainNames = new HashMap<>();
        for (ExamDefinition e : banks.exams()) {
            e.leafDomains().forEach(d -> domainNames.put(d.code(), e.id() + " · " + d.name()));
        }
        Map<String, Integer> seenDomain = new HashMap<>();
        Map<String, Question> byId = new HashMap<>();
        published.forEach(q -> byId.put(q.id(), q));
        s.items().keySet().forEach(qid -> {
            Question q = byId.get(qid);
            if (q != null) q.domains().forEach(d -> seenDomain.merge(d, 1, Integer::sum));
        });
        List<ProgressSummary.Area> domains = new ArrayList<>();
        s.domains().forEach((code, t) -> domains.add(new ProgressSummary.Area(code, domainNames.getOrDefault(code, code),
                t.answered(), t.percent(), seenDomain.getOrDefault(code, 0), perDomain.getOrDefault(code, 0L).intValue(),
                ProgressMath.trend(t), t.timeMs())));
        domains.sort(Comparator.comparing(ProgressSummary.Area::code));
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<ProgressSummary.Day> days = new ArrayList<>();
        for (int i = 29; i >= 0; i--) {
            LocalDate d = today.minusDays(i);
            ProgressState.Tally t = s.days().getOrDefault(d.toString(), ProgressState.Tally.EMPTY);
            days.add(new ProgressSummary.Day(d, t.answered(), t.percent(), t.timeMs()));
        }
        int answered = s.modules().values().stream().mapToInt(ProgressState.Tally::answered).sum();
        double score = s.modules().values().stream().mapToDouble(ProgressState.Tally::score).sum();
        long time = s.modules().values().stream().mapToLong(ProgressState.Tally::timeMs).sum();
        int due = progress.due(s, endOfToday(now)).size();
        List<String> next = studyNext(due, domains, modules);
        return new ProgressSummary(answered, answered == 0 ? 0 : (int) Math.round(100 * score / answered), time,
                ProgressMath.streak(s.days(), today), due, s.items().size(), published.size(), modules, domains, days,
                next, readiness.estimates(s));
    }

    private static List<String> studyNext(int due, List<ProgressSummary.Area> domains, List<ProgressSummary.Area> modules) {
        List<String> next = new ArrayList<>();
        if (due > 0) next.add("Review the " + due + " question" + (due == 1 ? "" : "s") + " due today.");
        domains.stream().filter(d -> d.answered() >= 5 && d.percent() < 75)
                .sorted(Comparator.comparingInt(ProgressSummary.Area::percent)).limit(3)
                .forEach(d -> next.add("Practise " + d.name() + ": " + d.percent() + "% over " + d.answered() + " answers."));
        modules.stream().filter(m -> m.total() > 0)
                .sorted(Comparator.comparingDouble(m -> m.seen() / (double) m.total())).limit(2)
                .forEach(m -> next.add(m.name() + ": " + (m.total() - m.seen()) + " questions you have not seen yet."));
        return next;
    }

    /** Question ids whose review is due today (UTC), most overdue first. */
    public List<String> dueQuestions() {
        return progress.due(progress.state(user.learnerId()), endOfToday(clock.instant()));
    }

    /** The end of the current day: what falls due before then is "due today". */
    public static Instant endOfToday(Instant now) {
        return LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Starts a tutor-mode review of what is due today. */
    public AttemptSnapshot startReview() {
        return attempts.startReview(dueQuestions());
    }
}
