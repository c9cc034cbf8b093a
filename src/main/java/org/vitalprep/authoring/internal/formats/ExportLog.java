package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;
import org.vitalprep.bank.QuestionType;

import java.util.ArrayList;
import java.util.List;

/** The report of a writer: one entry per question given, EXPORTED (with notes) or SKIPPED (with the reason). */
final class ExportLog {

    private final List<ConversionReport.Entry> entries = new ArrayList<>();

    void exported(int number, Question q, List<String> notes) {
        entries.add(new ConversionReport.Entry(number, "question " + number, q.id(), ConversionReport.Status.EXPORTED,
                null, notes));
    }

    void skipped(int number, Question q, String reason) {
        entries.add(new ConversionReport.Entry(number, "question " + number, q.id(), ConversionReport.Status.SKIPPED,
                reason, List.of()));
    }

    ConversionReport report() {
        return new ConversionReport(entries);
    }

    /** Why a question cannot go into a format without a hotspot or EKG-strip question, or null. */
    static String cannotCarry(Question q, String format) {
        if (q.type() == QuestionType.HOTSPOT) {
            return "hotspot: the answer is a region of an image; " + format + " has no such question type";
        }
        if (q.type() == QuestionType.EKG_STRIP || q.strip() != null) {
            return q.type().code() + " with an EKG strip: VitalPrep draws the strip from its rhythm spec; " + format
                    + " cannot carry it";
        }
        return null;
    }
}
