package org.vitalprep.authoring.internal.formats;

/** A file that cannot be read at all: where (line and column when known) and what. Rejects the whole file. */
final class FormatException extends Exception {

    private final String where;

    FormatException(String where, String message) {
        super(message);
        this.where = where;
    }

    static FormatException at(int line, int column, String message) {
        return new FormatException(column > 0 ? "line " + line + ", column " + column : "line " + line, message);
    }

    String where() {
        return where;
    }
}
