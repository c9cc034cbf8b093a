package org.vitalprep.authoring.internal.formats;

import org.vitalprep.bank.Question;

import java.util.List;

/**
 * The result of reading a file: the accepted questions (version 0; status "draft" unless a native bank file
 * says otherwise), each checked by the bank validator, and the report of every item.
 *
 * @param title the title the file gives (a native bank's), or null
 */
public record Conversion(List<Question> questions, ConversionReport report, String title) {

    public Conversion {
        questions = List.copyOf(questions);
    }
}
