package org.vitalprep.authoring.internal.formats;

import java.util.List;

/**
 * What a converted file becomes: the bank id (also the prefix of generated question ids), its title and the
 * module its questions are checked against. For writing, the same record carries the bank's metadata.
 *
 * @param module one of {@link #MODULES}; a Moodle or GIFT category naming a module overrides it for the
 *               questions under that category
 */
public record ImportOptions(String bankId, String title, String module) {

    /** The study modules a bank may belong to (the "module" enum of the bank schema). */
    public static final List<String> MODULES = List.of("clinical-duties", "ehr", "phlebotomy", "ekg", "law-ethics",
            "foundations");

    public static final String DEFAULT_MODULE = "foundations";

    public ImportOptions {
        if (!Slugs.isSlug(bankId)) {
            throw new IllegalArgumentException("bank id '" + bankId + "' is not a slug (a-z, 0-9 and '-', at most 80)");
        }
        if (!MODULES.contains(module)) {
            throw new IllegalArgumentException("unknown module '" + module + "': use one of " + String.join(", ", MODULES));
        }
        if (title == null || title.isBlank()) title = bankId;
    }

    /** Bank id and title from a file name ("Phlebotomy quiz 2.xml" gives "phlebotomy-quiz-2"). */
    public static ImportOptions forFile(String fileName, String module) {
        String base = fileName == null ? "" : fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) base = base.substring(0, dot);
        String id = Slugs.slug(base, 60);
        return new ImportOptions(id == null ? "imported" : id, base.isBlank() ? null : base.strip(),
                module == null ? DEFAULT_MODULE : module);
    }
}
