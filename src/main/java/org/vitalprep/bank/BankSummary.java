package org.vitalprep.bank;

import java.time.Instant;

/** A bank as stored: its identity and how many questions it currently serves. */
public record BankSummary(String id, String title, String module, int version, String source, int questions,
                          Instant importedAt) {}
