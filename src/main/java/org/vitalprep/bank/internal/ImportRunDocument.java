package org.vitalprep.bank.internal;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.vitalprep.bank.BankImportReport;

import java.time.Instant;
import java.util.List;

/** A kept record of one import run, for admins. */
@Document("import_runs")
record ImportRunDocument(@Id String id, Instant startedAt, String trigger, List<BankImportReport> reports) {}
