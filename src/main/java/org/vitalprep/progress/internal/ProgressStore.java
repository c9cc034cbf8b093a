package org.vitalprep.progress.internal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Loads and saves progress documents. Each answer is applied with one atomic single-document write guarded by the
 * document's version; on a concurrent write the answer is re-applied to the fresh document.
 */
@Component
class ProgressStore {

    private final MongoTemplate mongo;
    private final Fsrs fsrs = new Fsrs(Fsrs.Parameters.defaults());

    ProgressStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Optional<ProgressState> find(String learnerId) {
        return Optional.ofNullable(mongo.findById(learnerId, ProgressDocument.class)).map(ProgressDocument::state);
    }

    List<ProgressDocument> all() {
        return mongo.findAll(ProgressDocument.class);
    }

    void apply(String learnerId, ProgressMath.Outcome outcome) {
        for (int attempt = 1; ; attempt++) {
            ProgressDocument doc = mongo.findById(learnerId, ProgressDocument.class);
            ProgressState before = doc == null ? ProgressState.empty() : doc.state();
            ProgressState after = ProgressMath.apply(before, outcome, fsrs);
            if (after == before) return; // already counted
            try {
                if (doc == null) mongo.insert(new ProgressDocument(learnerId, after, null));
                else mongo.save(new ProgressDocument(learnerId, after, doc.revision()));
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == 10) throw e;
            }
        }
    }
}
