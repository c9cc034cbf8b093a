package org.vitalprep.bank.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.vitalprep.bank.Question;

import java.time.Instant;

/** One immutable version of one question; {@code id} is {@code questionId@version}. Never updated, never deleted. */
@Document("question_versions")
record QuestionVersionDocument(@Id String id, String questionId, int version, String hash, String bankId,
                               Instant importedAt, Question question) {

    static String idOf(String questionId, int version) {
        return questionId + "@" + version;
    }
}
