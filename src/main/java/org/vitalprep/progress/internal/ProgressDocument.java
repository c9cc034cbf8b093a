package org.vitalprep.progress.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** One learner's progress; saved whole with a version check (optimistic locking), one document per learner. */
@Document("progress")
record ProgressDocument(@Id String id, ProgressState state, @Version Long revision) {}
