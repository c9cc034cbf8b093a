package org.vitalprep.authoring.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Persistence of authored items; saves are checked against the revision the caller read. */
@Component
public class AuthoredItemStore {

    private final MongoTemplate mongo;

    AuthoredItemStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<AuthoredItemDocument> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AuthoredItemDocument.class));
    }

    /** Items of one owner (or everyone's, for {@code null}), most recently changed first. */
    public List<AuthoredItemDocument> byOwner(String ownerId) {
        Query q = ownerId == null ? new Query() : Query.query(Criteria.where("ownerId").is(ownerId));
        return mongo.find(q.with(Sort.by(Sort.Direction.DESC, "updatedAt")), AuthoredItemDocument.class);
    }

    public AuthoredItemDocument insert(AuthoredItemDocument d) {
        return mongo.insert(d);
    }

    /** Saves if nobody changed the item since {@code d.revision()} was read; otherwise says so. */
    public AuthoredItemDocument save(AuthoredItemDocument d) {
        try {
            return mongo.save(d);
        } catch (OptimisticLockingFailureException e) {
            throw new IllegalStateException("Someone changed this question since you opened it; reload it to see "
                    + "their changes", e);
        }
    }

    public void delete(AuthoredItemDocument d) {
        mongo.remove(d);
    }

    public long deleteOwnedBy(String ownerId) {
        return mongo.remove(Query.query(Criteria.where("ownerId").is(ownerId)), AuthoredItemDocument.class)
                .getDeletedCount();
    }
}
