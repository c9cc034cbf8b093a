package org.vitalprep.platform;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

    @Test
    void plainFieldsAreWrittenAsIsWithCrlfRowEnds() {
        assertThat(Csv.write(List.of(List.of("a", "b"), List.of("1", "2")), false)).isEqualTo("a,b\r\n1,2\r\n");
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        assertThat(Csv.field("Patel, CMA")).isEqualTo("\"Patel, CMA\"");
        assertThat(Csv.field("the \"good\" arm")).isEqualTo("\"the \"\"good\"\" arm\"");
        assertThat(Csv.field("line 1\nline 2")).isEqualTo("\"line 1\nline 2\"");
        assertThat(Csv.field("line 1\r\nline 2")).isEqualTo("\"line 1\r\nline 2\"");
        assertThat(Csv.field("no quoting needed; really")).isEqualTo("no quoting needed; really");
    }

    @Test
    void nullIsAnEmptyField() {
        assertThat(Csv.write(List.of(Arrays.asList("a", null, "c")), false)).isEqualTo("a,,c\r\n");
    }

    @Test
    void theBomOptionStartsWithTheUtf8ByteOrderMark() {
        byte[] bytes = Csv.bytes(List.of(List.of("José Núñez")), true);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFJosé Núñez\r\n");
        assertThat(Csv.bytes(List.of(List.of("x")), false)).containsExactly('x', '\r', '\n');
    }

    @Test
    void formulaLikeCellsGetALeadingApostrophe() {
        assertThat(Csv.field("=1+1")).isEqualTo("'=1+1");
        assertThat(Csv.field("+1 555 0100")).isEqualTo("'+1 555 0100");
        assertThat(Csv.field("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.field("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(Csv.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.field("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void plainNumbersAndInnerFormulaCharactersAreLeftAlone() {
        assertThat(Csv.field("-4.5")).isEqualTo("-4.5");
        assertThat(Csv.field("-12")).isEqualTo("-12");
        assertThat(Csv.field("12.5")).isEqualTo("12.5");
        assertThat(Csv.field("a=b")).isEqualTo("a=b");
        assertThat(Csv.field("jose@example.edu")).isEqualTo("jose@example.edu");
        assertThat(Csv.field("-")).isEqualTo("'-");
    }
}
