package org.vitalprep.classroom.internal;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.vitalprep.classroom.ChecklistReport;
import org.vitalprep.classroom.ChecklistReport.Attempt;
import org.vitalprep.classroom.ChecklistReport.CompetencyEntry;
import org.vitalprep.classroom.ChecklistReport.HoursEntry;
import org.vitalprep.classroom.ChecklistReport.Result;
import org.vitalprep.classroom.ChecklistReport.Status;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChecklistExportTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static ChecklistReport report() {
        return new ChecklistReport("Riverside Community College – Medical Assisting", "MA 120 Clinical Procedures",
                List.of("Dana Lee", "Sam Ortiz"), "José Núñez", "jose@example.edu",
                Instant.parse("2026-03-14T13:30:00Z"), NEW_YORK,
                List.of(new CompetencyEntry("I.P.2.b", "Perform a venipuncture, following the order of draw.", "psychomotor",
                                Status.PASSED, List.of(
                                new Attempt(1, LocalDate.parse("2026-02-10"), Result.FAIL, "Dana Lee", "Tourniquet on 90 s",
                                        List.of("tourniquet-time: Keeps the tourniquet on no longer than 1 minute")),
                                new Attempt(2, LocalDate.parse("2026-02-17"), Result.PASS, "Dana Lee", "", List.of()))),
                        new CompetencyEntry("X.A.1", "Show sensitivity to patients' rights.", "affective",
                                Status.NOT_ATTEMPTED, List.of())),
                List.of(new HoursEntry(LocalDate.parse("2026-03-02"), "Valley Family Clinic", "R. Patel, CMA",
                                new BigDecimal("8.0"), true, "R. Patel", Instant.parse("2026-03-02T22:00:00Z")),
                        new HoursEntry(LocalDate.parse("2026-03-03"), "Valley Family Clinic", "R. Patel, CMA",
                                new BigDecimal("4.5"), false, null, null)));
    }

    @Test
    void theOneFileChecklistIsBothTablesWithABlankRowBetweenAndOneByteOrderMark() {
        String competencies = new String(ChecklistExport.competenciesCsv(report()), java.nio.charset.StandardCharsets.UTF_8);
        String hours = new String(ChecklistExport.hoursCsv(report()), java.nio.charset.StandardCharsets.UTF_8);
        String both = new String(ChecklistExport.checklistCsv(report()), java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(both).isEqualTo(competencies + "\r\n" + hours.substring(1));
    }

    @Test
    void competencyCsvHasOneRowPerAttemptAndOneForEachUnattemptedCompetency() {
        String csv = new String(ChecklistExport.competenciesCsv(report()), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF"
                + "Class,Student,Email,Code,Kind,Competency,Status,Attempt,Date,Result,Evaluator,Steps missed,Notes\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,I.P.2.b,psychomotor,"
                + "\"Perform a venipuncture, following the order of draw.\",Passed,1,2026-02-10,Fail,Dana Lee,"
                + "tourniquet-time: Keeps the tourniquet on no longer than 1 minute,Tourniquet on 90 s\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,I.P.2.b,psychomotor,"
                + "\"Perform a venipuncture, following the order of draw.\",Passed,2,2026-02-17,Pass,Dana Lee,,\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,X.A.1,affective,"
                + "Show sensitivity to patients' rights.,Not attempted,,,,,,\r\n");
    }

    @Test
    void hoursCsvListsEntriesThenTotals() {
        String csv = new String(ChecklistExport.hoursCsv(report()), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF"
                + "Class,Student,Email,Date,Site,Supervisor,Hours,Attested,Attested by,Attested at (America/New_York)\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,2026-03-02,Valley Family Clinic,"
                + "\"R. Patel, CMA\",8,Yes,R. Patel,2026-03-02 17:00\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,2026-03-03,Valley Family Clinic,"
                + "\"R. Patel, CMA\",4.5,No,,\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,Total logged,,,12.5,,,\r\n"
                + "MA 120 Clinical Procedures,José Núñez,jose@example.edu,Total attested,,,8,,,\r\n");
    }

    @Test
    void totalsAddUpExactly() {
        assertThat(report().hoursLogged()).isEqualByComparingTo("12.5");
        assertThat(report().hoursAttested()).isEqualByComparingTo("8");
        assertThat(ChecklistExport.hours(new BigDecimal("10.50"))).isEqualTo("10.5");
        assertThat(ChecklistExport.hours(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(ChecklistExport.hours(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void pdfShowsStudentCompetenciesHoursTotalsAndPageNumbers() throws IOException {
        byte[] pdf = ChecklistExport.pdf(report());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Riverside Community College").contains("Competency Checklist and Externship Hours")
                .contains("José Núñez").contains("jose@example.edu").contains("MA 120 Clinical Procedures")
                .contains("Dana Lee, Sam Ortiz").contains("2026-03-14 09:30 EDT")
                .contains("I.P.2.b").contains("X.A.1").contains("Not attempted").contains("Passed")
                .contains("2026-02-10").contains("FAIL").contains("tourniquet-time")
                .contains("Valley Family Clinic").contains("Total hours logged").contains("12.5")
                .contains("Total hours attested").contains("Attested by R. Patel, 2026-03-02 17:00").contains("EST")
                .contains("Program director signature").contains("Page 1 of 1")
                .contains("1 of 2 competencies passed");
    }

    @Test
    void hostileStringsBreakNeitherExport() throws IOException {
        String longNote = "<script>alert('x')</script> " + "Needle angle too steep. ".repeat(4000);
        ChecklistReport r = new ChecklistReport("=cmd|' /C calc'!A0", "+Class\r\nTwo", List.of("@admin", "\tTab"),
                "=HYPERLINK(\"http://evil.example\",\"click\")", "-1+1@example.edu",
                Instant.parse("2026-03-14T13:30:00Z"), NEW_YORK,
                List.of(new CompetencyEntry("I.P.1.a", "王芳 Ελένη Ődön 🚑 \u0000\u0007 <b>bold</b>", "psychomotor", Status.FAILED,
                        List.of(new Attempt(1, null, Result.FAIL, "-Evaluator \"quoted\", comma", longNote,
                                List.of("=SUM(A1:A9)", "\rcr", "steps, with comma"))))),
                List.of(new HoursEntry(null, "@site", "=sup", new BigDecimal("-0"), true, "+me", null)));

        String competencies = new String(ChecklistExport.competenciesCsv(r), StandardCharsets.UTF_8).substring(1);
        String hours = new String(ChecklistExport.hoursCsv(r), StandardCharsets.UTF_8).substring(1);
        for (String csv : List.of(competencies, hours)) {
            List<List<String>> rows = parseCsv(csv);
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(rows.getFirst().size()));
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("-?\\d+(\\.\\d+)?"))
                            .as("formula-like cell %s", cell).isTrue();
                }
            }
        }
        List<String> attempt = parseCsv(competencies).get(1);
        assertThat(attempt.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(attempt.get(5)).startsWith("王芳 Ελένη Ődön 🚑");
        assertThat(attempt.get(10)).isEqualTo("'-Evaluator \"quoted\", comma");
        assertThat(attempt.get(11)).isEqualTo("'=SUM(A1:A9); \rcr; steps, with comma");
        assertThat(attempt.get(12)).isEqualTo(longNote).as("the CSV keeps the whole note");

        byte[] pdf = ChecklistExport.pdf(r);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("=HYPERLINK").contains("<script>alert('x')</script>").contains("<b>bold</b>")
                .contains("Odön").contains("[shortened;").contains("export has the full text]").contains("Page 1 of 2")
                .contains("Total hours logged");
        assertThat(text).doesNotContain("\u0000");
    }

    @Test
    void anEmptyChecklistStillRenders() throws IOException {
        ChecklistReport r = new ChecklistReport(null, null, null, null, null, Instant.parse("2026-01-01T00:00:00Z"),
                ZoneId.of("UTC"), null, null);
        String text = text(ChecklistExport.pdf(r));
        assertThat(text).contains("No competencies in this checklist.").contains("No externship hours recorded.")
                .contains("Page 1 of 1");
        assertThat(new String(ChecklistExport.competenciesCsv(r), StandardCharsets.UTF_8)).endsWith("Notes\r\n");
        assertThat(new String(ChecklistExport.hoursCsv(r), StandardCharsets.UTF_8)).contains(",Total logged,,,0,,,\r\n");
    }

    @Test
    void aLongChecklistGetsPageNumbersOnEveryPage() throws IOException {
        List<CompetencyEntry> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(new CompetencyEntry("I.P." + i, "Competency number " + i + " with a description long enough to wrap "
                    + "onto a second line of its table cell.", "psychomotor", Status.PASSED,
                    List.of(new Attempt(1, LocalDate.parse("2026-02-01"), Result.PASS, "Dana Lee", "Good.", List.of()))));
        }
        ChecklistReport r = new ChecklistReport("P", "C", List.of("I"), "S", "s@x.org", Instant.now(), NEW_YORK, many, List.of());
        byte[] pdf = ChecklistExport.pdf(r);
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        assertThat(pages).isGreaterThan(1);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int p = 1; p <= pages; p++) assertThat(extractor.getTextFromPage(p)).contains("Page " + p + " of " + pages);
        assertThat(text(pdf)).contains("I.P.60").contains("60 of 60 competencies passed");
        reader.close();
    }

    @Test
    void pdfTextKeepsWinAnsiAndReplacesTheRest() {
        assertThat(ChecklistExport.pdfText("José Núñez – 98.6 °F", 100)).isEqualTo("José Núñez – 98.6 °F");
        assertThat(ChecklistExport.pdfText("Ődön Łódź 王 🚑", 100)).isEqualTo("Odön Lódz ? ?");
        assertThat(ChecklistExport.pdfText("a\u0000b\tc\r\nd", 100)).isEqualTo("ab c \nd");
        assertThat(ChecklistExport.pdfText("abcdef", 3)).startsWith("abc ...");
        assertThat(ChecklistExport.pdfText("🚑🚑🚑", 2)).startsWith("?? ...");
        assertThat(ChecklistExport.pdfText(null, 3)).isEmpty();
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) sb.append(extractor.getTextFromPage(p)).append('\n');
            return sb.toString();
        } finally {
            reader.close();
        }
    }

    /** A strict RFC 4180 reader for checking what the exports wrote. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (field.isEmpty() && c == '"') {
                i++;
                while (true) {
                    char q = csv.charAt(i);
                    if (q == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i += 2;
            } else {
                assertThat(c).as("bare CR or LF outside quotes at %d", i).isNotIn('\r', '\n');
                field.append(c);
                i++;
            }
        }
        assertThat(row).as("every row ends with CRLF").isEmpty();
        return rows;
    }
}
