package org.vitalprep.progress.internal.irt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResponseCsvTest {

    static ResponseMatrix read(String text) throws IOException {
        return ResponseCsv.read(new StringReader(text));
    }

    static ResponseCsv.CsvFormatException error(String text) {
        return catchThrowableOfType(ResponseCsv.CsvFormatException.class, () -> read(text));
    }

    @Test
    void readsAGoodFile() throws IOException {
        ResponseMatrix m = read("Item 1,Item 2,Item 3\n1,0,\n0,,1\n,,\n1,1,1\n");
        assertThat(m.itemNames()).containsExactly("Item 1", "Item 2", "Item 3");
        assertThat(m.rowCount()).isEqualTo(4);
        assertThat(m.examineeCount()).isEqualTo(4);
        assertThat(m.responseCount()).isEqualTo(7);
        assertThat(m.response(0, 0)).isEqualTo(1);
        assertThat(m.response(0, 1)).isEqualTo(0);
        assertThat(m.response(0, 2)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(m.response(1, 1)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(m.response(2, 0)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(m.response(3, 2)).isEqualTo(1);
    }

    @Test
    void acceptsBomCrlfQuotesSpacesBlankLinesAndNoFinalNewline() throws IOException {
        ResponseMatrix m = read("\uFEFF\"Item, one\",\"Say \"\"hi\"\"\", Item 3 \r\n1, 0 ,\"1\"\r\n\r\n0,1,\r\n ,1,0");
        assertThat(m.itemNames()).containsExactly("Item, one", "Say \"hi\"", "Item 3");
        assertThat(m.rowCount()).isEqualTo(3);
        assertThat(m.response(0, 1)).isEqualTo(0);
        assertThat(m.response(0, 2)).isEqualTo(1);
        assertThat(m.response(1, 2)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(m.response(2, 0)).isEqualTo(ResponseMatrix.MISSING);
        assertThat(m.response(2, 2)).isEqualTo(0);
        // blank lines before the header are skipped too, and line numbers still count them
        assertThat(read("\r\n\na,b\n1,0\n").itemNames()).containsExactly("a", "b");
        assertThat(error("\n\na,b\n1,5\n")).hasMessageStartingWith("line 4, column 2:");
        // old Mac line ends too
        assertThat(read("a,b\r1,0\r0,1\r").rowCount()).isEqualTo(2);
    }

    @Test
    void readsAFileFromDisk(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("responses.csv");
        Files.write(file, "\uFEFFQ1,Q2\r\n1,0\r\n0,1\r\n".getBytes(StandardCharsets.UTF_8));
        ResponseMatrix m = ResponseCsv.read(file);
        assertThat(m.itemNames()).containsExactly("Q1", "Q2");
        assertThat(m.rowCount()).isEqualTo(2);
        // a calibration straight from the file
        Calibration.Result fit = Calibration.calibrate(m, IrtModel.RASCH);
        assertThat(fit.items()).hasSize(2);
    }

    @Test
    void rejectsResponsesOtherThanOneZeroOrEmpty() {
        ResponseCsv.CsvFormatException e = error("Item 1,Item 2,Item 3\n1,0,1\n1,2,0\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e).hasMessage("line 3, column 2: item \"Item 2\": expected 1, 0 or empty (not presented), found \"2\"");

        e = error("a,b\n1,0\n0,1\n\nx,1\n");
        assertThat(e).hasMessageStartingWith("line 5, column 1: item \"a\"").hasMessageContaining("found \"x\"");
        assertThat(error("a,b\n1,1.0\n")).hasMessageContaining("line 2, column 2").hasMessageContaining("\"1.0\"");
        assertThat(error("a,b\n1,-1\n")).hasMessageContaining("line 2, column 2").hasMessageContaining("\"-1\"");
        assertThat(error("a,b\n1,true\n")).hasMessageContaining("\"true\"");
        assertThat(error("a,b\r\n1,0\r\n1,\tx\r\n")).hasMessageContaining("line 3, column 2");
    }

    @Test
    void rejectsRowsWithTheWrongNumberOfColumns() {
        ResponseCsv.CsvFormatException e = error("a,b,c\n1,0,1\n1,0\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessage("line 3: expected 3 columns (one per item), found 2");
        assertThat(error("a,b,c\n1,0,1,\n")).hasMessage("line 2: expected 3 columns (one per item), found 4");
        assertThat(error("a,b,c\r\n1,0,1\r\n1\r\n")).hasMessageStartingWith("line 3: expected 3 columns");
    }

    @Test
    void rejectsBadHeaders() {
        assertThat(error("")).hasMessageContaining("empty").hasMessageContaining("header");
        assertThat(error("\uFEFF")).hasMessageContaining("empty");
        assertThat(error("a,,c\n1,0,1\n")).hasMessage("line 1, column 2: empty item name in the header row");
        assertThat(error("a,b,a\n1,0,1\n")).hasMessage("line 1, column 3: item name \"a\" repeats column 1");
        assertThat(error("a,b\n")).hasMessage("line 2: no examinee rows after the header");
    }

    @Test
    void rejectsBrokenQuoting() {
        ResponseCsv.CsvFormatException e = error("a,b\n1,\"0\n");
        assertThat(e).hasMessageContaining("line 2, column 2").hasMessageContaining("not closed");
        assertThat(error("a,b\n\"1\"x,0\n")).hasMessageContaining("line 2, column 1").hasMessageContaining("after the closing quote");
    }

    @Test
    void rejectsTextThatIsNotUtf8(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "a,b\n1,0\n0,1\nx\u00e9,1\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ResponseCsv.read(file)).isInstanceOf(ResponseCsv.CsvFormatException.class)
                .hasMessageContaining("UTF-8");
        List<String> noDuplicates = read("x\n1\n\n0\n").itemNames();
        assertThat(noDuplicates).containsExactly("x");
    }
}
