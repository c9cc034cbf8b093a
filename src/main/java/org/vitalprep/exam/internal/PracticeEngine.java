package org.vitalprep.exam.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AttemptSummary;
import org.vitalprep.exam.Feedback;
import org.vitalprep.exam.PracticeAttempt;
import org.vitalprep.exam.PracticeItem;
import org.vitalprep.platform.Markdown;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

/** Runs practice attempts (tutor behaviour: a question is final, with feedback, once answered). */
@Component
public class PracticeEngine {

    private static final SecureRandom SEEDS = new SecureRandom();
    private final AttemptStore store;
    private final QuestionBankService banks;
    private final Clock clock = Clock.systemUTC();

    PracticeEngine(AttemptStore store, QuestionBankService banks) {
        this.store = store;
        this.banks = banks;
    }

    public PracticeAttempt start(String learnerId, String module, List<Question> pool, int size) {
        Set<String> seen = new HashSet<>();
        for (AttemptDocument a : store.recent(learnerId, 200)) {
            a.items().stream().filter(i -> i.response() != null).forEach(i -> seen.add(i.questionId()));
        }
        long seed = SEEDS.nextLong();
        List<AttemptDocument.Item> items = PracticeAssembler.assemble(pool, size, seed, seen).stream()
                .map(s -> new AttemptDocument.Item(s.question().id(), s.question().version(), s.optionOrder(), null))
                .toList();
        AttemptDocument doc = store.insert(new AttemptDocument(UUID.randomUUID().toString(), learnerId, "practice",
                module, seed, clock.instant(), null, AttemptDocument.ACTIVE, 0, items, null));
        return toView(doc);
    }

    public PracticeAttempt view(String attemptId, String learnerId) {
        return toView(load(attemptId, learnerId));
    }

    public Feedback answer(String attemptId, String learnerId, int index, String optionId) {
        AttemptDocument a = load(attemptId, learnerId);
        AttemptDocument.Item item = item(a, index);
        Question q = banks.question(item.questionId(), item.questionVersion());
        if (!item.optionOrder().contains(optionId)) {
            throw new IllegalArgumentException("'" + optionId + "' is not an option of question " + (index + 1));
        }
        if (item.response() != null) return feedback(q, item.response().answer(), item.optionOrder());
        if (!AttemptDocument.ACTIVE.equals(a.status())) {
            throw new IllegalStateException("This attempt has been submitted; its answers can no longer change");
        }
        boolean correct = Scoring.singleChoiceCorrect(q, optionId);
        int next = Math.min(index + 1, a.items().size() - 1);
        boolean written = store.recordAnswer(attemptId, learnerId, index,
                new AttemptDocument.Response(optionId, correct, clock.instant()), Math.max(next, a.position()));
        if (!written) {
            // another tab answered first, or the attempt closed: what is stored is what counts
            AttemptDocument now = load(attemptId, learnerId);
            AttemptDocument.Response stored = item(now, index).response();
            if (stored == null) {
                throw new IllegalStateException("This attempt has been submitted; its answers can no longer change");
            }
            return feedback(q, stored.answer(), item.optionOrder());
        }
        return feedback(q, optionId, item.optionOrder());
    }

    public void moveTo(String attemptId, String learnerId, int index) {
        AttemptDocument a = load(attemptId, learnerId);
        item(a, index);
        store.setPosition(attemptId, learnerId, index);
    }

    public PracticeAttempt finish(String attemptId, String learnerId) {
        load(attemptId, learnerId);
        store.submit(attemptId, learnerId, clock.instant());
        return view(attemptId, learnerId);
    }

    public List<AttemptSummary> recent(String learnerId, int limit) {
        return store.recent(learnerId, limit).stream().map(a -> new AttemptSummary(a.id(), a.module(), a.startedAt(),
                a.submittedAt(), a.items().size(),
                (int) a.items().stream().filter(i -> i.response() != null).count(),
                (int) a.items().stream().filter(i -> i.response() != null && i.response().correct()).count())).toList();
    }

    private AttemptDocument load(String attemptId, String learnerId) {
        return store.find(attemptId, learnerId).orElseThrow(() -> new NoSuchElementException("No attempt " + attemptId));
    }

    private static AttemptDocument.Item item(AttemptDocument a, int index) {
        if (index < 0 || index >= a.items().size()) {
            throw new IllegalArgumentException("Question " + (index + 1) + " is not in this attempt (it has "
                    + a.items().size() + ")");
        }
        return a.items().get(index);
    }

    private PracticeAttempt toView(AttemptDocument a) {
        List<PracticeItem> items = new ArrayList<>();
        boolean submitted = AttemptDocument.SUBMITTED.equals(a.status());
        for (int i = 0; i < a.items().size(); i++) {
            AttemptDocument.Item it = a.items().get(i);
            Question q = banks.question(it.questionId(), it.questionVersion());
            List<PracticeItem.ChoiceOption> options = it.optionOrder().stream()
                    .map(id -> new PracticeItem.ChoiceOption(id, q.option(id).text())).toList();
            String chosen = it.response() == null ? null : it.response().answer();
            // final for the learner: answered (tutor feedback), or the attempt is over
            Feedback fb = chosen != null || submitted ? feedback(q, chosen, it.optionOrder()) : null;
            items.add(new PracticeItem(i, q.id(), Markdown.toSafeHtml(q.stem()), options, chosen, fb));
        }
        return new PracticeAttempt(a.id(), a.module(), a.startedAt(), a.submittedAt(), a.position(), items);
    }

    private static Feedback feedback(Question q, String chosen, List<String> order) {
        List<Feedback.OptionFeedback> options = order.stream().map(q::option)
                .map(o -> new Feedback.OptionFeedback(o.id(), o.text(), o.id().equals(q.keyId()),
                        o.id().equals(chosen), o.rationale())).toList();
        return new Feedback(chosen != null && Scoring.singleChoiceCorrect(q, chosen), q.keyId(), options, q.source());
    }

}
