package org.vitalprep.authoring.internal.formats;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vitalprep.bank.BankFormat;
import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question of every repository bank, written to a format and read back, keeps its stem, options, key,
 * rationales (and id, topic, unit ...) for the types the format supports; the others are skipped with a reason.
 */
class BankConverterRoundTripTest {

    static final BankFormat FORMAT = new BankFormat(BankFormat.bundledDomainCodes());
    static List<Question> all;

    @BeforeAll
    static void load() throws Exception {
        all = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("question-banks"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            BankFormat.Parsed p = FORMAT.parse(f.toString(), Files.readAllBytes(f));
            assertThat(p.errors()).isEmpty();
            all.addAll(p.questions());
        }
        assertThat(all).hasSizeGreaterThan(1000);
    }

    private static ImportOptions meta(String module) {
        return new ImportOptions("round-trip", "Round trip", module);
    }

    /** Writes the questions of each module to {@code to}, reads them back, and compares every exported one. */
    private static void roundTrip(InterchangeFormat to, boolean domains, Function<Question, Question> expected) {
        roundTrip(to, domains, expected, false);
    }

    /** @param moduleGiven the reader is told the module (CSV has no categories), else it must come from the file */
    private static void roundTrip(InterchangeFormat to, boolean domains, Function<Question, Question> expected,
                                  boolean moduleGiven) {
        Map<String, List<Question>> byModule = all.stream().collect(Collectors.groupingBy(Question::module));
        int compared = 0;
        for (var e : byModule.entrySet()) {
            Written w = BankConverter.write(to, e.getValue(), meta(e.getKey()));
            assertThat(w.report().rejected()).isEmpty();
            Conversion back = BankConverter.read(to, "round-trip", w.bytes(),
                    meta(moduleGiven ? e.getKey() : "foundations"), FORMAT);
            assertThat(back.report().rejected()).as(to + " " + e.getKey() + "\n" + back.report().toText()).isEmpty();
            List<String> exportedIds = w.report().exported().stream().map(ConversionReport.Entry::questionId).toList();
            assertThat(back.questions()).extracting(Question::id).as("ids survive").containsExactlyElementsOf(exportedIds);
            for (Question read : back.questions()) {
                Question original = e.getValue().stream().filter(q -> q.id().equals(read.id())).findFirst().orElseThrow();
                assertThat(QuestionView.of(read, domains)).as(to + " " + original.id())
                        .isEqualTo(QuestionView.of(expected.apply(original), domains));
                assertThat(read.status()).isEqualTo("draft");
                assertThat(read.module()).isEqualTo(original.module());
                assertThat(read.bankId()).isEqualTo("round-trip");
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(900);
    }

    @Test
    void nativeToMoodleXmlAndBack() {
        roundTrip(InterchangeFormat.MOODLE_XML, true, q -> q);
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, all, meta("foundations"));
        assertThat(w.report().skipped()).allSatisfy(e -> assertThat(e.reason()).containsAnyOf("hotspot", "EKG strip"));
        assertThat(w.report().skipped()).hasSize((int) all.stream()
                .filter(q -> q.type() == QuestionType.HOTSPOT || q.strip() != null).count());
    }

    @Test
    void multipleResponseScoringSurvivesMoodleWhenPartial() {
        List<Question> mr = all.stream().filter(q -> q.type() == QuestionType.MULTIPLE_RESPONSE).toList();
        Written w = BankConverter.write(InterchangeFormat.MOODLE_XML, mr, meta("foundations"));
        Conversion back = BankConverter.read(InterchangeFormat.MOODLE_XML, "mr", w.bytes(), meta("foundations"), FORMAT);
        for (Question read : back.questions()) {
            Question original = mr.stream().filter(q -> q.id().equals(read.id())).findFirst().orElseThrow();
            String expected = "partial".equals(original.scoring()) || original.keyIds().size() > 1 ? "partial" : "all-or-nothing";
            assertThat(read.scoring()).as(original.id()).isEqualTo(expected);
        }
        assertThat(w.report().exported()).filteredOn(e -> !e.notes().isEmpty())
                .allSatisfy(e -> assertThat(e.notes()).anyMatch(n -> n.contains("all-or-nothing scoring cannot be expressed")));
    }

    @Test
    void nativeToGiftAndBack() {
        roundTrip(InterchangeFormat.GIFT, false, q -> q);
        Written w = BankConverter.write(InterchangeFormat.GIFT, all, meta("foundations"));
        assertThat(w.report().skipped()).allSatisfy(e -> assertThat(e.reason()).containsAnyOf("hotspot", "EKG strip", "ordering"));
    }

    @Test
    void nativeToCsvAndBack() {
        roundTrip(InterchangeFormat.CSV, true, q -> new Question(q.id(), q.version(), q.bankId(), q.module(), q.type(),
                q.stem(), q.options(), q.prompts(), q.choices(), q.keyIds(), q.matchKey(), q.numericKey(), q.scoring(),
                q.rationale(), List.of(), q.image(), q.strip(), q.domains(), q.topic(), q.difficulty(), q.source(),
                q.status()), true);
    }

    @Test
    void nativeToAikenAndBack() {
        List<Question> sba = all.stream().filter(q -> q.type() == QuestionType.SINGLE_BEST_ANSWER
                || q.type() == QuestionType.TRUE_FALSE).toList();
        Written w = BankConverter.write(InterchangeFormat.AIKEN, sba, meta("foundations"));
        Conversion back = BankConverter.read(InterchangeFormat.AIKEN, "a.txt", w.bytes(), meta("foundations"), FORMAT);
        assertThat(back.report().rejected()).isEmpty();
        assertThat(back.questions()).hasSameSizeAs(sba);
        for (int i = 0; i < sba.size(); i++) {
            Question o = sba.get(i), r = back.questions().get(i);
            assertThat(r.type()).isEqualTo(o.type());
            assertThat(r.stem()).isEqualTo(o.stem());
            assertThat(r.options()).extracting(Question.Option::text).isEqualTo(o.options().stream().map(Question.Option::text).toList());
            assertThat(r.option(r.keyId()).text()).isEqualTo(o.option(o.keyId()).text());
            assertThat(r.options()).allSatisfy(x -> assertThat(x.rationale()).isNull());
        }
    }

    @Test
    void nativeToNativeKeepsEverything() throws Exception {
        Path file = Path.of("question-banks/phlebotomy.json");
        Conversion read = BankConverter.read(InterchangeFormat.VITALPREP, file.toString(), Files.readAllBytes(file),
                ImportOptions.forFile(file.toString(), "phlebotomy"), FORMAT);
        BankFormat.Parsed original = FORMAT.parse("x", Files.readAllBytes(file));
        assertThat(read.questions()).isEqualTo(original.questions());
        assertThat(read.title()).isEqualTo(original.title());
        Written w = BankConverter.write(InterchangeFormat.VITALPREP, read.questions(),
                new ImportOptions(original.bankId(), original.title(), original.module()));
        assertThat(FORMAT.parse("y", w.bytes()).questions()).isEqualTo(original.questions());
    }
}
