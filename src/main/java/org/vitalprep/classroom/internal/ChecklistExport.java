package org.vitalprep.classroom.internal;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfStamper;
import org.openpdf.text.pdf.PdfWriter;
import org.vitalprep.classroom.ChecklistReport;
import org.vitalprep.classroom.ChecklistReport.Attempt;
import org.vitalprep.classroom.ChecklistReport.CompetencyEntry;
import org.vitalprep.classroom.ChecklistReport.HoursEntry;
import org.vitalprep.classroom.Competency;
import org.vitalprep.platform.Csv;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A student's competency checklist and externship hours as CSV (for spreadsheets) and as PDF (for the program
 * director to show an accreditation surveyor). Pure: no Spring, Vaadin or MongoDB.
 *
 * <p>The PDF uses the standard Helvetica font only, so it embeds nothing; characters outside its Windows-1252
 * encoding are printed as their base letter where one exists (e.g. {@code ő} as {@code o}) or as {@code ?}. The
 * CSV keeps every character. Very long free text is shortened in the PDF only.
 */
public final class ChecklistExport {

    /** Longest note printed in the PDF; the CSV has the full text. */
    static final int PDF_NOTE_LIMIT = 3000;
    /** Longest name, site or other short field printed in the PDF. */
    static final int PDF_FIELD_LIMIT = 300;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
    private static final DateTimeFormatter DATE_TIME_ZONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.US);
    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    /** Letters with a stroke have no Unicode decomposition; their plain letters, position by position. */
    private static final String STROKED = "ŁłĐđĦħı";
    private static final String UNSTROKED = "LlDdHhi";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font PROGRAM = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);
    private static final Font SMALL_ITALIC = new Font(Font.HELVETICA, 8, Font.ITALIC);
    private static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);

    private ChecklistExport() {
    }

    // ---------------------------------------------------------------- CSV

    /**
     * One row per sign-off attempt; a competency never attempted gets one row with the attempt columns empty.
     * UTF-8 with a byte-order mark, CRLF rows, formula-like cells neutralised.
     */
    public static byte[] competenciesCsv(ChecklistReport r) {
        return Csv.bytes(competencyRows(r), true);
    }

    /** One row per externship entry, then a "Total logged" and a "Total attested" row. */
    public static byte[] hoursCsv(ChecklistReport r) {
        return Csv.bytes(hoursRows(r), true);
    }

    /** Both tables in one file: the competencies, a blank row, the externship hours. */
    public static byte[] checklistCsv(ChecklistReport r) {
        List<List<String>> rows = new ArrayList<>(competencyRows(r));
        rows.add(List.of());
        rows.addAll(hoursRows(r));
        return Csv.bytes(rows, true);
    }

    private static List<List<String>> competencyRows(ChecklistReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Class", "Student", "Email", "Code", "Kind", "Competency", "Status", "Attempt", "Date",
                "Result", "Evaluator", "Steps missed", "Notes"));
        for (CompetencyEntry c : r.competencies()) {
            List<String> head = List.of(nz(r.className()), nz(r.studentName()), nz(r.studentEmail()), nz(c.code()),
                    nz(c.kind()), nz(c.description()), status(c.status()));
            if (c.attempts().isEmpty()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of("", "", "", "", "", ""));
                rows.add(row);
            }
            for (Attempt a : c.attempts()) {
                List<String> row = new ArrayList<>(head);
                row.addAll(List.of(String.valueOf(a.number()), date(a.date()), result(a.result()), nz(a.evaluator()),
                        String.join("; ", a.stepsMissed()), nz(a.notes())));
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<List<String>> hoursRows(ChecklistReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Class", "Student", "Email", "Date", "Site", "Supervisor", "Hours", "Attested",
                "Attested by", "Attested at (" + r.zone().getId() + ")"));
        List<String> who = List.of(nz(r.className()), nz(r.studentName()), nz(r.studentEmail()));
        for (HoursEntry h : r.hours()) {
            List<String> row = new ArrayList<>(who);
            row.addAll(List.of(date(h.date()), nz(h.site()), nz(h.supervisor()), hours(h.hours()),
                    h.attested() ? "Yes" : "No", h.attested() ? nz(h.attestedBy()) : "",
                    h.attested() && h.attestedAt() != null ? DATE_TIME.format(h.attestedAt().atZone(r.zone())) : ""));
            rows.add(row);
        }
        for (String[] total : new String[][]{{"Total logged", hours(r.hoursLogged())},
                {"Total attested", hours(r.hoursAttested())}}) {
            List<String> row = new ArrayList<>(who);
            row.addAll(List.of(total[0], "", "", total[1], "", "", ""));
            rows.add(row);
        }
        return rows;
    }

    // ---------------------------------------------------------------- PDF

    /**
     * The checklist as a PDF (US Letter): title, student, class, instructors, generation time, a table of
     * competencies with every attempt, the externship hours with totals and attestation, the program director's
     * signature lines, and "Page X of Y" on every page.
     */
    public static byte[] pdf(ChecklistReport r) {
        try {
            return numberPages(body(r), footer(r));
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not build the checklist PDF", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] body(ChecklistReport r) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 40, 40, 44, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(pdfText("Competency checklist: " + nz(r.studentName()), PDF_FIELD_LIMIT));
        doc.addSubject("Competency sign-off and externship hours");
        doc.addCreator("VitalPrep");
        doc.open();

        if (!nz(r.program()).isBlank()) doc.add(new Paragraph(pdfText(r.program(), PDF_FIELD_LIMIT), PROGRAM));
        Paragraph title = new Paragraph("Competency Checklist and Externship Hours", TITLE);
        title.setSpacingAfter(8);
        doc.add(title);
        doc.add(infoTable(r));

        doc.add(competencyTable(r));
        doc.add(hoursTable(r));

        doc.add(signatureBlock());
        doc.close();
        return out.toByteArray();
    }

    private static PdfPTable infoTable(ChecklistReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{1.3f, 5f});
        t.setWidthPercentage(100);
        String email = nz(r.studentEmail()).isBlank() ? "" : " (" + r.studentEmail() + ")";
        long psychomotor = r.competencies().stream().filter(c -> Competency.PSYCHOMOTOR.equals(c.kind())).count();
        long psychomotorPassed = r.competencies().stream().filter(c -> Competency.PSYCHOMOTOR.equals(c.kind())
                && c.status() == ChecklistReport.Status.PASSED).count();
        long affective = r.competencies().stream().filter(c -> Competency.AFFECTIVE.equals(c.kind())).count();
        long affectivePassed = r.competencies().stream().filter(c -> Competency.AFFECTIVE.equals(c.kind())
                && c.status() == ChecklistReport.Status.PASSED).count();
        String[][] rows = {
                {"Student", pdfText(nz(r.studentName()) + email, PDF_FIELD_LIMIT)},
                {"Class", pdfText(r.className(), PDF_FIELD_LIMIT)},
                {r.instructors().size() == 1 ? "Instructor" : "Instructors",
                        pdfText(String.join(", ", r.instructors()), PDF_FIELD_LIMIT)},
                {"Generated", DATE_TIME_ZONE.format(r.generatedAt().atZone(r.zone()))},
                {"Summary", r.passedCount() + " of " + r.competencies().size() + " competencies passed (psychomotor "
                        + psychomotorPassed + " of " + psychomotor + ", affective " + affectivePassed + " of " + affective
                        + "); " + hours(r.hoursLogged()) + " externship hours logged, " + hours(r.hoursAttested())
                        + " attested"},
        };
        for (String[] row : rows) {
            t.addCell(plain(row[0], BOLD));
            t.addCell(plain(row[1], BODY));
        }
        t.setSpacingAfter(6);
        return t;
    }

    private static PdfPTable competencyTable(ChecklistReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{1.1f, 3.5f, 1.4f, 4.2f});
        start(t, "Competencies");
        for (String h : List.of("Code", "Competency", "Status", "Attempts (date, result, evaluator)")) t.addCell(header(h));
        if (r.competencies().isEmpty()) {
            PdfPCell none = cell(new Phrase("No competencies in this checklist.", BODY));
            none.setColspan(4);
            t.addCell(none);
        }
        for (CompetencyEntry c : r.competencies()) {
            t.addCell(cell(new Phrase(pdfText(c.code(), 40), BOLD)));
            Phrase description = new Phrase(pdfText(c.description(), PDF_NOTE_LIMIT), BODY);
            if (!nz(c.kind()).isBlank()) description.add(new Chunk("\n" + pdfText(c.kind(), 40), SMALL_ITALIC));
            t.addCell(cell(description));
            t.addCell(cell(new Phrase(status(c.status()), BOLD)));
            t.addCell(cell(attempts(c.attempts())));
        }
        return t;
    }

    private static Phrase attempts(List<Attempt> attempts) {
        if (attempts.isEmpty()) return new Phrase("Not attempted", SMALL_ITALIC);
        Phrase p = new Phrase();
        boolean first = true;
        for (Attempt a : attempts) {
            if (!first) p.add(new Chunk("\n", SMALL));
            first = false;
            p.add(new Chunk("#" + a.number() + "  " + date(a.date()) + "  " + result(a.result()).toUpperCase(Locale.ROOT),
                    BOLD));
            p.add(new Chunk("  Evaluator: " + pdfText(a.evaluator(), PDF_FIELD_LIMIT), SMALL));
            if (!a.stepsMissed().isEmpty()) {
                p.add(new Chunk("\nSteps missed: " + pdfText(String.join("; ", a.stepsMissed()), PDF_NOTE_LIMIT), SMALL));
            }
            if (!nz(a.notes()).isBlank()) {
                p.add(new Chunk("\nNotes: " + pdfText(a.notes(), PDF_NOTE_LIMIT), SMALL));
            }
        }
        return p;
    }

    private static PdfPTable hoursTable(ChecklistReport r) throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{1.2f, 2.4f, 2.1f, 0.9f, 3.4f});
        start(t, "Externship hours");
        for (String h : List.of("Date", "Site", "Supervisor", "Hours", "Attestation")) t.addCell(header(h));
        if (r.hours().isEmpty()) {
            PdfPCell none = cell(new Phrase("No externship hours recorded.", BODY));
            none.setColspan(5);
            t.addCell(none);
        }
        for (HoursEntry h : r.hours()) {
            t.addCell(cell(new Phrase(date(h.date()), BODY)));
            t.addCell(cell(new Phrase(pdfText(h.site(), PDF_FIELD_LIMIT), BODY)));
            t.addCell(cell(new Phrase(pdfText(h.supervisor(), PDF_FIELD_LIMIT), BODY)));
            t.addCell(number(hours(h.hours()), BODY));
            String attestation = h.attested()
                    ? "Attested" + (nz(h.attestedBy()).isBlank() ? "" : " by " + pdfText(h.attestedBy(), PDF_FIELD_LIMIT))
                    + (h.attestedAt() == null ? "" : ", " + DATE_TIME_ZONE.format(h.attestedAt().atZone(r.zone())))
                    : "Not attested";
            t.addCell(cell(new Phrase(attestation, h.attested() ? BODY : SMALL_ITALIC)));
        }
        for (String[] total : new String[][]{{"Total hours logged", hours(r.hoursLogged())},
                {"Total hours attested", hours(r.hoursAttested())}}) {
            PdfPCell label = cell(new Phrase(total[0], BOLD));
            label.setColspan(3);
            label.setHorizontalAlignment(Element.ALIGN_RIGHT);
            t.addCell(label);
            t.addCell(number(total[1], BOLD));
            t.addCell(cell(new Phrase("", BODY)));
        }
        return t;
    }

    private static PdfPTable signatureBlock() throws DocumentException {
        PdfPTable t = new PdfPTable(new float[]{3f, 1.4f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(28);
        t.setKeepTogether(true);
        PdfPCell statement = plain("I attest that this record reflects the student's documented competency "
                + "evaluations and externship hours as of the date generated.", BODY);
        statement.setColspan(2);
        statement.setPaddingBottom(26);
        t.addCell(statement);
        t.addCell(plain("Program director signature: ____________________________________", BODY));
        t.addCell(plain("Date: ____________________", BODY));
        PdfPCell name = plain("Printed name: ____________________________________", BODY);
        name.setPaddingTop(16);
        t.addCell(name);
        PdfPCell empty = plain("", BODY);
        empty.setPaddingTop(16);
        t.addCell(empty);
        return t;
    }

    private static String footer(ChecklistReport r) {
        return pdfText(nz(r.studentName()), 80) + " - competency checklist - generated "
                + DATE.format(r.generatedAt().atZone(r.zone()).toLocalDate());
    }

    /** Second pass: "Page X of Y" (and who the page belongs to) at the foot of every page. */
    private static byte[] numberPages(byte[] pdf, String footer) throws IOException, DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                Rectangle size = reader.getPageSize(i);
                PdfContentByte over = stamper.getOverContent(i);
                ColumnText.showTextAligned(over, Element.ALIGN_LEFT, new Phrase(footer, SMALL),
                        size.getLeft() + 40, size.getBottom() + 28, 0);
                ColumnText.showTextAligned(over, Element.ALIGN_RIGHT, new Phrase("Page " + i + " of " + pages, SMALL),
                        size.getRight() - 40, size.getBottom() + 28, 0);
            }
            stamper.close();
        } finally {
            reader.close();
        }
        return out.toByteArray();
    }

    /**
     * The section heading is the table's first header row, so it never sits alone at the foot of a page and is
     * repeated, with the column headers, on every page the table continues on.
     */
    private static void start(PdfPTable t, String heading) {
        t.setWidthPercentage(100);
        t.setSpacingBefore(10);
        t.setHeaderRows(2);
        t.setSplitLate(false);
        PdfPCell h = plain(heading, HEADING);
        h.setColspan(t.getNumberOfColumns());
        h.setPaddingBottom(6);
        t.addCell(h);
    }

    private static PdfPCell header(String text) {
        PdfPCell c = cell(new Phrase(text, BOLD));
        c.setBackgroundColor(HEADER_FILL);
        return c;
    }

    private static PdfPCell cell(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setPadding(4);
        c.setVerticalAlignment(Element.ALIGN_TOP);
        return c;
    }

    private static PdfPCell number(String text, Font font) {
        PdfPCell c = cell(new Phrase(text, font));
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static PdfPCell plain(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(2);
        return c;
    }

    // ---------------------------------------------------------------- text

    /**
     * Text the standard Helvetica font can show: control characters dropped (line breaks kept), characters outside
     * Windows-1252 replaced by their base letter or '?', and at most {@code limit} characters.
     */
    static String pdfText(String s, int limit) {
        if (s == null) return "";
        String t = s;
        boolean truncated = false;
        if (t.codePointCount(0, t.length()) > limit) {
            t = t.substring(0, t.offsetByCodePoints(0, limit));
            truncated = true;
        }
        CharsetEncoder enc = WIN_ANSI.newEncoder();
        StringBuilder sb = new StringBuilder(t.length());
        t.codePoints().forEach(cp -> {
            if (cp == '\n') {
                sb.append('\n');
            } else if (cp == '\r' || cp == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped: invisible, and some confuse PDF readers
            } else {
                String ch = Character.toString(cp);
                if (enc.canEncode(ch)) {
                    sb.append(ch);
                } else {
                    String base = Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                    int stroke = STROKED.indexOf(cp);
                    if (stroke >= 0) base = String.valueOf(UNSTROKED.charAt(stroke));
                    sb.append(!base.isEmpty() && enc.canEncode(base) ? base : "?");
                }
            }
        });
        if (truncated) sb.append(" ... [shortened; the CSV export has the full text]");
        return sb.toString();
    }

    private static String status(ChecklistReport.Status s) {
        return switch (s) {
            case PASSED -> "Passed";
            case FAILED -> "Failed";
            case NOT_ATTEMPTED -> "Not attempted";
        };
    }

    private static String result(ChecklistReport.Result r) {
        return r == ChecklistReport.Result.PASS ? "Pass" : "Fail";
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    static String hours(BigDecimal h) {
        BigDecimal s = h.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
