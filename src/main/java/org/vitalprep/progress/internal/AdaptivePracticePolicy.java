package org.vitalprep.progress.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.exam.AdaptivePolicy;
import org.vitalprep.progress.internal.irt.AbilityEstimator;
import org.vitalprep.progress.internal.irt.AdaptiveSelector;
import org.vitalprep.progress.internal.irt.ItemParameters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Computerized adaptive practice: the ability in a scope (module or exam domain) is estimated by EAP from the
 * learner's earlier first-try answers in that scope plus this session's answers; the next question is one of the
 * most informative unseen ones at that estimate, drawn at random among the top few (exposure control), and the
 * session stops once the standard error is small enough. Items not yet calibrated use their authored difficulty.
 */
@Component
class AdaptivePracticePolicy implements AdaptivePolicy {

    private final QuestionBankService banks;
    private final ItemParameterStore parameters;
    private final ProgressView progress;
    private final double stopAtStandardError;
    private final int topK;

    AdaptivePracticePolicy(QuestionBankService banks, ItemParameterStore parameters, ProgressView progress,
                           @Value("${vitalprep.cat.stop-standard-error:0.35}") double stopAtStandardError,
                           @Value("${vitalprep.cat.top-k:5}") int topK) {
        this.banks = banks;
        this.parameters = parameters;
        this.progress = progress;
        this.stopAtStandardError = stopAtStandardError;
        this.topK = topK;
    }

    private List<Question> pool(String scope) {
        return banks.publishedQuestions().stream()
                .filter(q -> q.module().equals(scope) || q.domains().contains(scope)).toList();
    }

    private List<AbilityEstimator.Response> responses(String learnerId, List<Question> pool, List<Answered> soFar) {
        Map<String, Question> byId = new HashMap<>();
        pool.forEach(q -> byId.put(q.id(), q));
        List<AbilityEstimator.Response> out = new ArrayList<>();
        Set<String> inSession = new HashSet<>();
        for (Answered a : soFar) {
            Question q = byId.get(a.questionId());
            if (q == null) continue;
            inSession.add(q.id());
            out.add(new AbilityEstimator.Response(parameters.parameters(q), a.correct()));
        }
        progress.state(learnerId).items().forEach((qid, it) -> {
            Question q = byId.get(qid);
            if (q != null && it.firstCorrect() != null && !inSession.contains(qid)) {
                out.add(new AbilityEstimator.Response(parameters.parameters(q), it.firstCorrect()));
            }
        });
        return out;
    }

    @Override
    public Optional<String> next(String learnerId, String scope, List<Answered> soFar, long seed) {
        List<Question> pool = pool(scope);
        List<AbilityEstimator.Response> responses = responses(learnerId, pool, soFar);
        AbilityEstimator.Estimate e = new AbilityEstimator().estimate(responses);
        if (!soFar.isEmpty() && e.standardError() <= stopAtStandardError) return Optional.empty();
        Set<String> exclude = new HashSet<>();
        soFar.forEach(a -> exclude.add(a.questionId()));
        exclude.addAll(progress.state(learnerId).items().keySet()); // unseen items only
        List<ItemParameters> candidates = pool.stream().map(parameters::parameters).toList();
        AdaptiveSelector selector = new AdaptiveSelector(new AbilityEstimator(), topK, new Random(seed));
        Optional<ItemParameters> pick = selector.nextItem(candidates, exclude, e.theta());
        if (pick.isEmpty()) { // everything seen: allow items seen in earlier sessions, never this one's
            Set<String> thisSession = new HashSet<>();
            soFar.forEach(a -> thisSession.add(a.questionId()));
            pick = selector.nextItem(candidates, thisSession, e.theta());
        }
        return pick.map(ItemParameters::name);
    }

    @Override
    public Estimate estimate(String learnerId, String scope, List<Answered> soFar) {
        AbilityEstimator.Estimate e = new AbilityEstimator().estimate(responses(learnerId, pool(scope), soFar));
        return new Estimate(e.theta(), e.standardError(), e.standardError() <= stopAtStandardError);
    }
}
