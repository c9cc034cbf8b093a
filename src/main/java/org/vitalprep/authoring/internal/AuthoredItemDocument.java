package org.vitalprep.authoring.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One authored question: its working copy and workflow state in one document, so every save, review and publish
 * is one atomic, version-checked write. Published versions live in the bank's immutable question versions.
 */
@Document("authored_items")
public record AuthoredItemDocument(@Id String id, String ownerId, String module, String type, String status,
                                   String json, String stemPreview, String difficulty, List<String> domains,
                                   Integer publishedVersion, Instant createdAt, Instant updatedAt,
                                   List<HistoryEntry> history, @Version Long revision) {

    public record HistoryEntry(Instant at, String by, String action, String note) {}
}
