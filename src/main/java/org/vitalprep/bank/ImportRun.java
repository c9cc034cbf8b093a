package org.vitalprep.bank;

import java.time.Instant;
import java.util.List;

/** One run of the bank import (at startup or by an admin) and its per-file reports. */
public record ImportRun(Instant startedAt, String trigger, List<BankImportReport> reports) {

    public ImportRun {
        reports = List.copyOf(reports);
    }

    public long rejected() {
        return reports.stream().filter(r -> r.status() == BankImportReport.Status.REJECTED).count();
    }
}
