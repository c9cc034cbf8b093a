package org.vitalprep.progress.internal;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Reads a learner's progress and the review queue derived from it. */
@Component
public class ProgressView {

    private final ProgressStore store;

    ProgressView(ProgressStore store) {
        this.store = store;
    }

    public ProgressState state(String learnerId) {
        return store.find(learnerId).orElse(ProgressState.empty());
    }

    /** Items whose FSRS due time has come, most overdue first. */
    public List<String> due(ProgressState s, Instant now) {
        return s.items().entrySet().stream()
                .filter(e -> e.getValue().due() != null && !e.getValue().due().isAfter(now))
                .sorted(Comparator.comparing((Map.Entry<String, ProgressState.ItemState> e) -> e.getValue().due()))
                .map(Map.Entry::getKey).toList();
    }
}
