package org.vitalprep.authoring;

import org.vitalprep.bank.Question;

import java.util.List;

/**
 * A converted file, not yet stored: the questions that passed the validator (as drafts) and the report of every
 * item. Nothing is stored until the instructor accepts it.
 */
public record ImportPreview(String fileName, String format, List<Question> questions, List<ConversionLine> report,
                            String summary) {

    public ImportPreview {
        questions = List.copyOf(questions);
        report = List.copyOf(report);
    }
}
