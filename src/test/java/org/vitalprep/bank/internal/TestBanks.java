package org.vitalprep.bank.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small bank files for tests. */
public final class TestBanks {

    private TestBanks() {
    }

    public static String sba(String id, String stem, String key) {
        return """
                {"id": "%s", "type": "single-best-answer", "stem": "%s",
                 "options": [
                   {"id": "a", "text": "Light blue", "rationale": "Rationale A for %s"},
                   {"id": "b", "text": "Lavender", "rationale": "Rationale B for %s"},
                   {"id": "c", "text": "Gray", "rationale": "Rationale C for %s"},
                   {"id": "d", "text": "Green", "rationale": "Rationale D for %s"}],
                 "key": "%s", "domains": ["CPT/routine-collections", "CCMA/clinical-patient-care/phlebotomy"],
                 "difficulty": "medium", "source": "medical-facts P1 [P-S1]", "status": "published"}
                """.formatted(id, stem, id, id, id, id, key);
    }

    public static String bank(String id, String module, String... questions) {
        return """
                {"id": "%s", "title": "Test bank %s", "module": "%s", "version": 1,
                 "questions": [%s]}
                """.formatted(id, id, module, String.join(",", questions));
    }

    /** A bank of n distinct single-best-answer questions with ids prefix-1..n. */
    public static String bankOf(String id, String module, String prefix, int n) {
        List<String> qs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            qs.add(sba(prefix + "-" + i, "Question number " + i + " of " + prefix + ": which tube?", "abcd".charAt(i % 4) + ""));
        }
        return bank(id, module, qs.toArray(String[]::new));
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
