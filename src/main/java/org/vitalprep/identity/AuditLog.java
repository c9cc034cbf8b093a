package org.vitalprep.identity;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An append-only record of security-relevant events (sign-ins, failures, lockouts, registrations, account
 * changes). Entries are inserted, never updated or deleted by the application.
 */
@Service
public class AuditLog {

    public record Entry(String id, Instant at, String type, String actor, String subject, String address, String detail) {}

    @Document("audit_log")
    record EntryDocument(@Id String id, Instant at, String type, String actor, String subject, String address,
                         String detail) {}

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Appends an entry; called by server code in any context (failed sign-ins are anonymous). */
    @PreAuthorize("permitAll()")
    public void record(String type, String actor, String subject, String address, String detail) {
        mongo.insert(new EntryDocument(UUID.randomUUID().toString(), clock.instant(), type, actor, subject, address, detail));
    }

    /** Newest first, optionally only one type; admins only. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Entry> recent(String type, int limit) {
        Query q = type == null ? new Query() : Query.query(Criteria.where("type").is(type));
        return mongo.find(q.with(Sort.by(Sort.Direction.DESC, "at")).limit(limit), EntryDocument.class).stream()
                .map(e -> new Entry(e.id(), e.at(), e.type(), e.actor(), e.subject(), e.address(), e.detail())).toList();
    }

    /** For tests and admin tooling: entries about one subject, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Entry> about(String subject) {
        return mongo.find(Query.query(Criteria.where("subject").is(subject)).with(Sort.by(Sort.Direction.DESC, "at")),
                EntryDocument.class).stream()
                .map(e -> new Entry(e.id(), e.at(), e.type(), e.actor(), e.subject(), e.address(), e.detail())).toList();
    }
}
