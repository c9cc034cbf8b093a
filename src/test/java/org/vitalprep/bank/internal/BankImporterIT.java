package org.vitalprep.bank.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.vitalprep.bank.BankImportReport;
import org.vitalprep.bank.ImportRun;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionBankService;
import org.vitalprep.platform.ContentFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vitalprep.bank.internal.TestBanks.bank;
import static org.vitalprep.bank.internal.TestBanks.bankOf;
import static org.vitalprep.bank.internal.TestBanks.bytes;
import static org.vitalprep.bank.internal.TestBanks.sba;

/** The loader against the embedded MongoDB (memory backend). Each test uses its own bank and question ids. */
@SpringBootTest
class BankImporterIT {

    @Autowired BankImporter importer;
    @Autowired QuestionBankService banks;
    @Autowired MongoTemplate mongo;

    private static ContentFile file(String name, String json) {
        return new ContentFile(name, "bundled", name, bytes(json));
    }

    private long versionsOf(String prefix) {
        return mongo.count(Query.query(Criteria.where("questionId").regex("^" + prefix)), QuestionVersionDocument.class);
    }

    @Test
    void importsABankAndServesItsQuestions() {
        ImportRun run = importer.importFiles(List.of(file("imp1.json", bankOf("imp1", "ehr", "imp1q", 5))), "test");
        assertThat(run.reports()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(BankImportReport.Status.IMPORTED);
            assertThat(r.added()).isEqualTo(5);
        });
        assertThat(banks.publishedQuestions("ehr")).extracting(Question::id).contains("imp1q-1", "imp1q-5");
        assertThat(banks.question("imp1q-3", 1).stem()).contains("Question number 3");
    }

    @Test
    void reimportingAnUnchangedBankChangesNothing() {
        String json = bankOf("imp2", "ehr", "imp2q", 3);
        importer.importFiles(List.of(file("imp2.json", json)), "test");
        BankDocument before = mongo.findById("imp2", BankDocument.class);
        ImportRun again = importer.importFiles(List.of(file("imp2.json", json)), "test");
        assertThat(again.reports().getFirst().status()).isEqualTo(BankImportReport.Status.UNCHANGED);
        assertThat(versionsOf("imp2q")).isEqualTo(3);
        assertThat(mongo.findById("imp2", BankDocument.class)).isEqualTo(before);
    }

    @Test
    void aChangedQuestionBecomesANewVersionAndTheOldOneStaysReadable() {
        importer.importFiles(List.of(file("imp3.json", bank("imp3", "ehr",
                sba("imp3q-1", "Original stem?", "a"), sba("imp3q-2", "Stays the same?", "b")))), "test");
        ImportRun run = importer.importFiles(List.of(file("imp3.json", bank("imp3", "ehr",
                sba("imp3q-1", "Corrected stem?", "c"), sba("imp3q-2", "Stays the same?", "b")))), "test");
        BankImportReport r = run.reports().getFirst();
        assertThat(r.status()).isEqualTo(BankImportReport.Status.IMPORTED);
        assertThat(r.changed()).isEqualTo(1);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(banks.question("imp3q-1", 1).stem()).isEqualTo("Original stem?");
        assertThat(banks.question("imp3q-1", 1).keyId()).isEqualTo("a");
        assertThat(banks.question("imp3q-1", 2).stem()).isEqualTo("Corrected stem?");
        assertThat(banks.publishedQuestions("ehr")).filteredOn(q -> q.id().equals("imp3q-1"))
                .singleElement().extracting(Question::version).isEqualTo(2);
        assertThat(banks.versions("imp3q-2")).hasSize(1);
    }

    @Test
    void aBadBankIsRejectedWholeAndWhatWasStoredStays() {
        importer.importFiles(List.of(file("imp4.json", bankOf("imp4", "ehr", "imp4q", 3))), "test");
        BankDocument before = mongo.findById("imp4", BankDocument.class);
        // a new valid question, a changed one, and one broken question: nothing of it may land
        String broken = bank("imp4", "ehr", sba("imp4q-1", "Changed?", "a"), sba("imp4q-9", "New?", "b"),
                sba("imp4q-2", "Broken?", "z"));
        ImportRun run = importer.importFiles(List.of(file("imp4.json", broken),
                file("imp5.json", bankOf("imp5", "ehr", "imp5q", 2))), "test");
        BankImportReport rejected = run.reports().stream().filter(r -> r.source().equals("imp4.json")).findFirst().orElseThrow();
        assertThat(rejected.status()).isEqualTo(BankImportReport.Status.REJECTED);
        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("imp4.json");
            assertThat(e.questionId()).isEqualTo("imp4q-2");
            assertThat(e.path()).isEqualTo("/questions/2/key");
            assertThat(e.message()).contains("'z' is not among the options");
        });
        assertThat(run.reports()).filteredOn(r -> r.source().equals("imp5.json")).singleElement()
                .extracting(BankImportReport::status).isEqualTo(BankImportReport.Status.IMPORTED);
        assertThat(mongo.findById("imp4", BankDocument.class)).isEqualTo(before);
        assertThat(versionsOf("imp4q")).isEqualTo(3);
        assertThat(banks.question("imp4q-1", 1).stem()).contains("Question number 1");
    }

    @Test
    void bankFilesMayNotUseTheIdsReservedForAuthoredQuestions() {
        ImportRun run = importer.importFiles(List.of(file("imp8.json",
                bank("imp8", "ehr", sba("au-12345678", "Taken from an instructor?", "a")))), "test");
        assertThat(run.reports().getFirst().status()).isEqualTo(BankImportReport.Status.REJECTED);
        assertThat(run.reports().getFirst().errors().getFirst().message()).contains("reserved");
    }

    @Test
    void aQuestionIdUsedByAnotherBankIsRejected() {
        importer.importFiles(List.of(file("imp6.json", bankOf("imp6", "ehr", "imp6q", 2))), "test");
        ImportRun run = importer.importFiles(List.of(file("imp7.json",
                bank("imp7", "ehr", sba("imp6q-1", "Stolen id?", "a")))), "test");
        assertThat(run.reports().getFirst().status()).isEqualTo(BankImportReport.Status.REJECTED);
        assertThat(run.reports().getFirst().errors().getFirst().message()).contains("already belongs to bank 'imp6'");
    }

    @Test
    void anImportEvictsTheQuestionCache() {
        importer.importFiles(List.of(file("imp8.json", bank("imp8", "ehr", sba("imp8q-1", "Before?", "a")))), "test");
        assertThat(banks.publishedQuestions("ehr")).extracting(Question::stem).contains("Before?");
        importer.importFiles(List.of(file("imp8.json", bank("imp8", "ehr", sba("imp8q-1", "After?", "a")))), "test");
        assertThat(banks.publishedQuestions("ehr")).extracting(Question::stem).contains("After?").doesNotContain("Before?");
    }

    @Test
    void theBundledBanksAllLoadAtStartup() {
        assertThat(banks.banks()).isNotEmpty();
        assertThat(banks.exams()).extracting(e -> e.id())
                .contains("CCMA", "CMA", "RMA", "CPT", "CET", "CEHRS", "CMAA");
    }
}
