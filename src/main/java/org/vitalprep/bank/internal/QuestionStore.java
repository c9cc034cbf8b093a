package org.vitalprep.bank.internal;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.vitalprep.bank.BankSummary;
import org.vitalprep.bank.Question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Cached reads of banks and questions (an import clears the caches). */
@Component
public class QuestionStore {

    private final MongoTemplate mongo;
    private final org.springframework.cache.Cache versions;

    QuestionStore(MongoTemplate mongo, org.springframework.cache.CacheManager caches) {
        this.mongo = mongo;
        this.versions = caches.getCache("questionVersions");
    }

    /** The current version of every question of every bank, in bank order (cached as one list). */
    @Cacheable(cacheNames = "questions", key = "'all'")
    public List<Question> currentQuestions() {
        List<BankDocument> banks = new ArrayList<>(mongo.findAll(BankDocument.class));
        banks.sort(Comparator.comparing(BankDocument::id));
        List<String> ids = banks.stream().flatMap(b -> b.entries().stream())
                .map(e -> QuestionVersionDocument.idOf(e.questionId(), e.version())).toList();
        Map<String, Question> byId = new java.util.HashMap<>();
        // batches keep each $in on _id small
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> batch = ids.subList(i, Math.min(ids.size(), i + 500));
            mongo.find(Query.query(Criteria.where("_id").in(batch)), QuestionVersionDocument.class)
                    .forEach(d -> byId.put(d.id(), d.question()));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * One version of a question. Versions never change, so they are cached until an import clears the cache;
     * looked up directly (no proxy, no expression) because every attempt view reads hundreds of them.
     */
    public Optional<Question> version(String id, int version) {
        String key = QuestionVersionDocument.idOf(id, version);
        Question cached = versions == null ? null : versions.get(key, Question.class);
        if (cached != null) return Optional.of(cached);
        Optional<Question> q = Optional.ofNullable(mongo.findById(key, QuestionVersionDocument.class))
                .map(QuestionVersionDocument::question);
        if (versions != null) q.ifPresent(found -> versions.put(key, found));
        return q;
    }

    @Cacheable(cacheNames = "questions", key = "'banks'")
    public List<BankSummary> banks() {
        return mongo.findAll(BankDocument.class).stream()
                .map(b -> new BankSummary(b.id(), b.title(), b.module(), b.version(), b.source(), b.entries().size(),
                        b.importedAt()))
                .sorted(Comparator.comparing(BankSummary::module).thenComparing(BankSummary::id)).toList();
    }

    public List<Question> versionsOf(String questionId) {
        return mongo.find(Query.query(Criteria.where("questionId").is(questionId)), QuestionVersionDocument.class)
                .stream().map(QuestionVersionDocument::question).sorted(Comparator.comparingInt(Question::version))
                .toList();
    }

}
