package org.vitalprep.authoring.internal;

import org.springframework.stereotype.Component;
import org.vitalprep.identity.PersonalData;

import java.util.Map;

/**
 * An instructor's authored questions, for the privacy export and account deletion. Drafts that were never
 * published are deleted with the account; published versions stay (attempts and assigned quizzes refer to them)
 * and their working copies are kept for the program, without the author's account.
 */
@Component
class AuthoringPersonalData implements PersonalData {

    private final AuthoredItemStore store;

    AuthoringPersonalData(AuthoredItemStore store) {
        this.store = store;
    }

    @Override
    public String section() {
        return "authoredQuestions";
    }

    @Override
    public Object export(String learnerId) {
        return store.byOwner(learnerId).stream().map(d -> Map.of("id", d.id(), "status", d.status(),
                "module", d.module(), "question", d.json())).toList();
    }

    @Override
    public void delete(String learnerId) {
        for (AuthoredItemDocument d : store.byOwner(learnerId)) {
            if (d.publishedVersion() == null) {
                store.delete(d);
            } else {
                store.save(new AuthoredItemDocument(d.id(), "deleted-account", d.module(), d.type(), d.status(), d.json(),
                        d.stemPreview(), d.difficulty(), d.domains(), d.publishedVersion(), d.createdAt(), d.updatedAt(),
                        d.history() == null ? null : d.history().stream().map(h -> new AuthoredItemDocument.HistoryEntry(
                                h.at(), "deleted account", h.action(), h.note())).toList(), d.revision()));
            }
        }
    }
}
