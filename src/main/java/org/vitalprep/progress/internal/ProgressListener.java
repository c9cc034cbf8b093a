package org.vitalprep.progress.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.vitalprep.exam.AnswerFinalized;

/** Counts each final answer into the learner's progress as it happens (no nightly batch). */
@Component
class ProgressListener {

    private final ProgressStore store;

    ProgressListener(ProgressStore store) {
        this.store = store;
    }

    @EventListener
    void on(AnswerFinalized e) {
        store.apply(e.learnerId(), new ProgressMath.Outcome(e.key(), e.questionId(), e.module(), e.domains(),
                e.correct(), e.score(), e.timeSpentMs(), e.at()));
    }
}
