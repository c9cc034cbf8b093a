package org.vitalprep.classroom.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A class with its roster embedded: joining is one atomic update of this document. */
@Document("classes")
public record ClassDocument(@Id String id, String name, String term, List<String> instructorIds, String joinCode,
                            boolean joinOpen, Instant createdAt, List<Member> members, @Version Long revision) {

    public record Member(String learnerId, String name, Instant joinedAt) {}
}
