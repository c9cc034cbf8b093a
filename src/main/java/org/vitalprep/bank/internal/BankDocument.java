package org.vitalprep.bank.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A bank's manifest: which version of each question it currently serves. Replacing this one document is the
 * atomic switch of an import (question versions are written first and never change), so a crash mid-import
 * leaves the previous manifest, and the previous questions, in force. {@code fingerprint} identifies the file and
 * the rules it was checked against, so an unchanged file is not parsed again at the next start.
 */
@Document("banks")
record BankDocument(@Id String id, String title, String module, int version, String description, String source,
                    Instant importedAt, List<Entry> entries, String fingerprint) {

    record Entry(String questionId, int version) {}
}
