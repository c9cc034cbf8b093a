package org.vitalprep.bank.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.vitalprep.bank.BankError;
import org.vitalprep.bank.BankImportReport;
import org.vitalprep.bank.ImportRun;
import org.vitalprep.platform.ContentFile;
import org.vitalprep.platform.ContentLocator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

/**
 * Validates every bank and imports the valid ones. A bank with any error is rejected whole and nothing stored
 * for it changes; the others still load. Unchanged questions keep their version; a changed question gets a new
 * version and the old one stays readable. Only the final manifest write switches a bank to its new content.
 */
@Component
public class BankImporter {

    private static final Logger log = LoggerFactory.getLogger(BankImporter.class);
    /** Ids of instructors' questions (stored one by one, outside bank files) start with this. */
    public static final String AUTHORED_PREFIX = "au-";

    private final MongoTemplate mongo;
    private final ContentLocator locator;
    private final ExamDefinitions exams;
    private final CacheManager caches;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();

    BankImporter(MongoTemplate mongo, ContentLocator locator, ExamDefinitions exams, CacheManager caches) {
        this.mongo = mongo;
        this.locator = locator;
        this.exams = exams;
        this.caches = caches;
        this.clock = Clock.systemUTC();
    }

    /** Imports every bank found in the jar and the external directory. */
    public ImportRun importAll(String trigger) {
        exams.reload();
        List<ContentFile> files = locator.list("question-banks", ".json").stream()
                .filter(f -> !f.relativePath().startsWith("exams/")).toList();
        return importFiles(files, trigger);
    }

    /** Imports the given files (one run: ids are checked across them and against stored banks). */
    public ImportRun importFiles(List<ContentFile> files, String trigger) {
        lock.lock(); // one import at a time; readers are never blocked
        try {
            Instant started = clock.instant();
            BankParser parser = new BankParser(exams.domainCodes());
            List<BankImportReport> reports = new ArrayList<>();
            Map<String, BankParser.Result> byBank = new LinkedHashMap<>();
            Map<String, ContentFile> fileOfBank = new HashMap<>();
            Map<String, BankDocument> storedByFingerprint = new HashMap<>();
            for (BankDocument b : mongo.findAll(BankDocument.class)) {
                if (b.fingerprint() != null) storedByFingerprint.put(b.fingerprint(), b);
            }
            for (ContentFile file : files) {
                BankDocument same = storedByFingerprint.get(fingerprint(file, parser));
                if (same != null && same.source().equals(file.displayName())) {
                    // byte for byte the file imported before, checked against the same rules: nothing to do
                    reports.add(new BankImportReport(file.displayName(), same.id(), BankImportReport.Status.UNCHANGED,
                            0, 0, same.entries().size(), 0, List.of()));
                    fileOfBank.put(same.id(), file);
                    continue;
                }
                BankParser.Result result = parser.parse(file.displayName(), file.bytes());
                if (!result.ok()) {
                    reports.add(BankImportReport.rejected(file.displayName(), null, result.errors()));
                    continue;
                }
                String bankId = result.bank().id();
                ContentFile other = fileOfBank.get(bankId);
                if (other != null && !"external".equals(file.origin())) {
                    reports.add(BankImportReport.rejected(file.displayName(), bankId, List.of(new BankError(
                            file.displayName(), null, "/id", "bank id '" + bankId + "' is also used by "
                            + other.displayName()))));
                    continue;
                }
                if (other != null) { // an external bank overrides the bundled one with the same id
                    log.info("Bank '{}': {} overrides {}", bankId, file.displayName(), other.displayName());
                }
                byBank.put(bankId, result);
                fileOfBank.put(bankId, file);
            }
            Map<String, String> owner = storedOwners(byBank.keySet());
            for (Map.Entry<String, BankParser.Result> e : byBank.entrySet()) {
                String bankId = e.getKey();
                BankParser.Result result = e.getValue();
                List<BankError> clashes = new ArrayList<>();
                for (BankParser.ParsedQuestion pq : result.bank().questions()) {
                    String qid = pq.question().id();
                    if (qid.startsWith(AUTHORED_PREFIX)) {
                        clashes.add(new BankError(result.file(), qid, "/questions", "question ids starting with '"
                                + AUTHORED_PREFIX + "' are reserved for questions instructors write in the app"));
                        continue;
                    }
                    String other = owner.putIfAbsent(qid, bankId);
                    if (other != null && !other.equals(bankId)) {
                        clashes.add(new BankError(result.file(), qid, "/questions", "question id '" + qid
                                + "' already belongs to bank '" + other + "'"));
                    }
                }
                if (!clashes.isEmpty()) {
                    reports.add(BankImportReport.rejected(result.file(), bankId, clashes));
                    continue;
                }
                reports.add(store(result.file(), result.bank(), started, fingerprint(fileOfBank.get(bankId), parser)));
            }
            reports.sort(Comparator.comparing(BankImportReport::source));
            for (String cache : List.of("questions", "questionVersions", "catalog")) {
                var c = caches.getCache(cache);
                if (c != null) c.clear();
            }
            ImportRun run = new ImportRun(started, trigger, reports);
            mongo.save(new ImportRunDocument(UUID.randomUUID().toString(), started, trigger, reports));
            for (BankImportReport r : reports) {
                if (r.status() == BankImportReport.Status.REJECTED) {
                    log.error("Bank import: {}", r.summary());
                    r.errors().forEach(err -> log.error("  {}", err));
                } else {
                    log.info("Bank import: {}", r.summary());
                }
            }
            return run;
        } finally {
            lock.unlock();
        }
    }

    /** Inserts the next version of one question (outside any bank manifest); returns it with its version. */
    public org.vitalprep.bank.Question storeVersion(org.vitalprep.bank.Question q) {
        lock.lock();
        try {
            if (!q.id().startsWith(AUTHORED_PREFIX)) {
                throw new IllegalArgumentException("An authored question's id starts with '" + AUTHORED_PREFIX + "'");
            }
            if (q.bankId() != null && !q.bankId().startsWith("authored")) {
                throw new IllegalArgumentException("Only authored questions are stored one by one");
            }
            for (BankDocument b : mongo.findAll(BankDocument.class)) {
                if (b.entries().stream().anyMatch(e -> e.questionId().equals(q.id()))) {
                    throw new IllegalArgumentException("Question id '" + q.id() + "' belongs to bank '" + b.id() + "'");
                }
            }
            int latest = mongo.find(Query.query(Criteria.where("questionId").is(q.id())), QuestionVersionDocument.class)
                    .stream().mapToInt(QuestionVersionDocument::version).max().orElse(0);
            org.vitalprep.bank.Question versioned = q.withVersion(latest + 1);
            String hash = BankParser.hash(QuestionJson.toNode(versioned.withVersion(0)));
            mongo.insert(new QuestionVersionDocument(QuestionVersionDocument.idOf(q.id(), latest + 1), q.id(), latest + 1,
                    hash, q.bankId(), clock.instant(), versioned));
            return versioned;
        } finally {
            lock.unlock();
        }
    }

    /** Question id -> bank id for every question of stored banks that this run does not replace. */
    private Map<String, String> storedOwners(java.util.Set<String> banksInRun) {
        Map<String, String> owner = new HashMap<>();
        for (BankDocument b : mongo.findAll(BankDocument.class)) {
            if (banksInRun.contains(b.id())) continue;
            b.entries().forEach(en -> owner.put(en.questionId(), b.id()));
        }
        return owner;
    }

    /** The file's bytes together with the rules (schema and domain codes) it is checked against. */
    private static String fingerprint(ContentFile file, BankParser parser) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            md.update(file.bytes());
            md.update(parser.rulesFingerprint().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private BankImportReport store(String source, BankParser.ParsedBank bank, Instant now, String fingerprint) {
        List<String> ids = bank.questions().stream().map(q -> q.question().id()).toList();
        Map<String, QuestionVersionDocument> latest = mongo.find(
                        Query.query(Criteria.where("questionId").in(ids)), QuestionVersionDocument.class).stream()
                .collect(Collectors.toMap(QuestionVersionDocument::questionId, d -> d,
                        (a, b) -> a.version() >= b.version() ? a : b));
        List<BankDocument.Entry> entries = new ArrayList<>();
        for (BankParser.ParsedQuestion pq : bank.questions()) {
            String qid = pq.question().id();
            QuestionVersionDocument current = latest.get(qid);
            if (current != null && current.hash().equals(pq.hash())) {
                entries.add(new BankDocument.Entry(qid, current.version()));
                continue;
            }
            int version = current == null ? 1 : current.version() + 1;
            try {
                mongo.insert(new QuestionVersionDocument(QuestionVersionDocument.idOf(qid, version), qid, version,
                        pq.hash(), bank.id(), now, pq.question().withVersion(version)));
            } catch (DuplicateKeyException e) {
                throw new IllegalStateException("Question " + qid + " version " + version
                        + " was written concurrently; run the import again", e);
            }
            entries.add(new BankDocument.Entry(qid, version));
        }
        BankDocument old = mongo.findById(bank.id(), BankDocument.class);
        Map<String, Integer> before = old == null ? Map.of() : old.entries().stream()
                .collect(Collectors.toMap(BankDocument.Entry::questionId, BankDocument.Entry::version));
        int added = 0, changed = 0, unchanged = 0;
        for (BankDocument.Entry en : entries) {
            Integer v = before.get(en.questionId());
            if (v == null) added++;
            else if (v != en.version()) changed++;
            else unchanged++;
        }
        int removed = (int) before.keySet().stream().filter(q -> !ids.contains(q)).count();
        boolean same = old != null && old.entries().equals(entries) && old.title().equals(bank.title())
                && old.module().equals(bank.module()) && old.version() == bank.version()
                && Objects.equals(old.description(), bank.description()) && Objects.equals(old.source(), source)
                && Objects.equals(old.fingerprint(), fingerprint);
        if (same) {
            return new BankImportReport(source, bank.id(), BankImportReport.Status.UNCHANGED, 0, 0, unchanged, 0,
                    List.of());
        }
        mongo.save(new BankDocument(bank.id(), bank.title(), bank.module(), bank.version(), bank.description(),
                source, now, entries, fingerprint));
        return new BankImportReport(source, bank.id(), BankImportReport.Status.IMPORTED, added, changed, unchanged,
                removed, List.of());
    }
}
