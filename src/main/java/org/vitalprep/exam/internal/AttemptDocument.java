package org.vitalprep.exam.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * An attempt and everything the learner did in it, in one document so that every change is one atomic update.
 * {@code revision} is bumped by every update (optimistic versioning across tabs).
 */
@Document("attempts")
record AttemptDocument(@Id String id, String learnerId, String mode, String module, long seed, Instant startedAt,
                       Instant submittedAt, String status, int position, List<Item> items, @Version Long revision) {

    static final String ACTIVE = "ACTIVE";
    static final String SUBMITTED = "SUBMITTED";

    /** A question as this attempt shows it: the version and the option order are fixed at assembly. */
    record Item(String questionId, int questionVersion, List<String> optionOrder, Response response) {}

    /** The learner's answer, saved the moment it was given. */
    record Response(String answer, boolean correct, Instant answeredAt) {}
}
