package io.github.cwgan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.cwgan.condition.OneHot;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {

    private static final OneHot TEN = OneHot.of(10);

    @TempDir
    Path dir;

    private static Path tenGaussians() throws URISyntaxException {
        return Path.of(CsvReaderTest.class.getResource("/ten-gaussians.csv").toURI());
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("data.csv"), content, StandardCharsets.UTF_8);
    }

    private ConditionalDataset<Integer> read(String content) throws IOException {
        return CsvReader.of(TEN).dataColumns("x1", "x2").conditionColumns("label").read(write(content));
    }

    /** Reads {@code content}, which must fail, and returns the {@link DataFormatException}. */
    private DataFormatException failure(String content) {
        DataFormatException e = catchThrowableOfType(DataFormatException.class, () -> read(content));
        assertThat(e).as("reading %s", content).isNotNull();
        return e;
    }

    // ---- the seed data set ----

    @Test
    void tenGaussians_namedColumns_has10000RowsIn10ClassesOf1000() throws Exception {
        ConditionalDataset<Integer> d = CsvReader.of(TEN).dataColumns("x1", "x2").conditionColumns("label")
                .read(tenGaussians());

        assertThat(d.size()).isEqualTo(10_000);
        assertThat(d.dataDimension()).isEqualTo(2);
        assertThat(d.condition()).isEqualTo(TEN);
        Map<Integer, Long> counts = d.conditionValues().stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        assertThat(counts).hasSize(10).containsOnlyKeys(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(counts.values()).containsOnly(1000L);
    }

    @Test
    void tenGaussians_firstRow_equalsTheFile() throws Exception {
        // line 2 of the file: 1.53990976,-0.953644729,0
        List<String> lines = Files.readAllLines(tenGaussians());
        String[] first = lines.get(1).split(",");
        String[] last = lines.get(lines.size() - 1).split(",");

        ConditionalDataset<Integer> d = CsvReader.of(TEN).dataColumns("x1", "x2").conditionColumns("label")
                .read(tenGaussians());

        assertThat(d.row(0)).containsExactly(1.53990976f, -0.953644729f);
        assertThat(d.row(0)).containsExactly(Float.parseFloat(first[0]), Float.parseFloat(first[1]));
        assertThat(d.conditionValue(0)).isEqualTo(Integer.parseInt(first[2]));
        assertThat(d.row(9999)).containsExactly(Float.parseFloat(last[0]), Float.parseFloat(last[1]));
        assertThat(d.conditionValue(9999)).isEqualTo(Integer.parseInt(last[2]));
    }

    @Test
    void tenGaussians_defaults_giveTheSameDataSet() throws Exception {
        ConditionalDataset<Integer> named = CsvReader.of(TEN).dataColumns("x1", "x2").conditionColumns("label")
                .read(tenGaussians());

        ConditionalDataset<Integer> byDefault = CsvReader.of(TEN).read(tenGaussians());

        assertThat(byDefault.toFlatArray()).containsExactly(named.toFlatArray());
        assertThat(byDefault.conditionValues()).isEqualTo(named.conditionValues());
    }

    // ---- good small files ----

    @Test
    void dataColumns_chosenOrder_isKept() throws Exception {
        Path f = write("label,a,b,c\n3,1,2,3\n");

        ConditionalDataset<Integer> d = CsvReader.of(TEN).dataColumns("c", "a").conditionColumns("label").read(f);

        assertThat(d.dataDimension()).isEqualTo(2);
        assertThat(d.row(0)).containsExactly(3f, 1f);
        assertThat(d.conditionValue(0)).isEqualTo(3);
    }

    @Test
    void defaults_conditionIsLastColumn_dataAreTheOthers() throws Exception {
        Path f = write("a,b,c,label\n1,2,3,4\n");

        ConditionalDataset<Integer> d = CsvReader.of(TEN).read(f);

        assertThat(d.row(0)).containsExactly(1f, 2f, 3f);
        assertThat(d.conditionValue(0)).isEqualTo(4);
    }

    @Test
    void quotedFields_andBlankLines_areRead() throws Exception {
        ConditionalDataset<Integer> d = read("\"x1\", \"x2\" ,\"label\"\n"
                + "\"1.5\",\"-2\",\"3\"\n"
                + "\n"
                + "   \n"
                + " 4 , \"5.25\" , 6 \n");

        assertThat(d.size()).isEqualTo(2);
        assertThat(d.row(0)).containsExactly(1.5f, -2f);
        assertThat(d.conditionValue(0)).isEqualTo(3);
        assertThat(d.row(1)).containsExactly(4f, 5.25f);
        assertThat(d.conditionValue(1)).isEqualTo(6);
    }

    @Test
    void quotedField_withDelimiterAndEscapedQuote_isOneField() throws Exception {
        Path f = write("note,x1,label\n\"a, \"\"b\"\"\",1.0,2\n");

        ConditionalDataset<Integer> d = CsvReader.of(TEN).dataColumns("x1").conditionColumns("label").read(f);

        assertThat(d.row(0)).containsExactly(1f);
        assertThat(d.conditionValue(0)).isEqualTo(2);
    }

    @Test
    void crlfLineEndings_andByteOrderMark_areRead() throws Exception {
        ConditionalDataset<Integer> d = read("\uFEFFx1,x2,label\r\n1,2,3\r\n4,5,6\r\n");

        assertThat(d.size()).isEqualTo(2);
        assertThat(d.row(1)).containsExactly(4f, 5f);
    }

    @Test
    void delimiter_semicolon() throws Exception {
        Path f = write("x1;x2;label\n1.5;2;3\n");

        ConditionalDataset<Integer> d = CsvReader.of(TEN).delimiter(';').read(f);

        assertThat(d.row(0)).containsExactly(1.5f, 2f);
        assertThat(d.conditionValue(0)).isEqualTo(3);
    }

    @Test
    void delimiter_quote_isRejected() {
        assertThatThrownBy(() -> CsvReader.of(TEN).delimiter('"'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("delimiter")
                .hasMessageContaining("'\"'");
    }

    @Test
    void columns_noneOrRepeated_areRejected() {
        assertThatThrownBy(() -> CsvReader.of(TEN).dataColumns())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataColumns must name at least one column");
        assertThatThrownBy(() -> CsvReader.of(TEN).conditionColumns("label", "label"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conditionColumns")
                .hasMessageContaining("[label, label]");
    }

    @Test
    void settings_returnNewReaders() throws Exception {
        CsvReader<Integer> base = CsvReader.of(TEN);
        CsvReader<Integer> one = base.dataColumns("x1");

        assertThat(one).isNotSameAs(base);
        assertThat(base.read(write("x1,x2,label\n1,2,3\n")).dataDimension()).isEqualTo(2);
        assertThat(one.read(write("x1,x2,label\n1,2,3\n")).dataDimension()).isEqualTo(1);
    }

    @Test
    void namedClasses_areReadByName() throws Exception {
        OneHot colours = OneHot.of("red", "green", "blue");
        Path f = write("x,colour\n0.5,green\n1.5,blue\n2.5,red\n3.5,1\n");

        ConditionalDataset<Integer> d = CsvReader.of(colours).read(f);

        assertThat(d.condition()).isEqualTo(colours);
        assertThat(d.conditionValues()).containsExactly(1, 2, 0, 1);
        assertThat(d.row(2)).containsExactly(2.5f);
    }

    @Test
    void namedClasses_unknownName_isRejectedNamingRowAndColumn() throws Exception {
        Path f = write("x,colour\n0.5,green\n1.5,purple\n");

        assertThatThrownBy(() -> CsvReader.of(OneHot.of("red", "green", "blue")).read(f))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("column 'colour'")
                .hasMessageContaining("'purple'")
                .hasMessageContaining("[red, green, blue]");
    }

    @Test
    void readFromReader_namesTheSource() {
        assertThatThrownBy(() -> CsvReader.of(TEN).read(new StringReader("x,label\nabc,1\n"), "inline.csv"))
                .isInstanceOf(DataFormatException.class)
                .hasMessageStartingWith("inline.csv: row 1 (line 2), column 'x'");
    }

    // ---- bad files ----

    @Test
    void missingDataColumn_isRejectedNamingTheColumn() {
        DataFormatException e = failure("x1,label\n1,2\n");

        assertThat(e).hasMessageContaining("data column 'x2' is not in the header [x1, label]")
                .hasMessageContaining("header (line 1)")
                .hasMessageContaining("data.csv");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isEqualTo("x2");
    }

    @Test
    void missingConditionColumn_isRejectedNamingTheColumn() {
        DataFormatException e = failure("x1,x2,class\n1,2,3\n");

        assertThat(e).hasMessageContaining("condition column 'label' is not in the header [x1, x2, class]");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isEqualTo("label");
    }

    @Test
    void repeatedHeaderColumn_isRejected() {
        DataFormatException e = failure("x1,x2,x1,label\n1,2,3,4\n");

        assertThat(e).hasMessageContaining("data column 'x1' appears more than once");
        assertThat(e.column()).isEqualTo("x1");
    }

    @Test
    void columnBothDataAndCondition_isRejected() throws Exception {
        Path f = write("x1,label\n1,2\n");

        assertThatThrownBy(() -> CsvReader.of(TEN).dataColumns("x1", "label").read(f))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("column 'label' is both a data and a condition column");
    }

    @Test
    void onlyTheConditionColumn_isRejected() throws Exception {
        Path f = write("label\n2\n");

        assertThatThrownBy(() -> CsvReader.of(TEN).read(f))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("no data columns");
    }

    @Test
    void textInANumberField_isRejectedNamingRowLineAndColumn() {
        DataFormatException e = failure("x1,x2,label\n1,2,3\n4,five,6\n");

        assertThat(e).hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("column 'x2'")
                .hasMessageContaining("'five' is not a number");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("x2");
    }

    @Test
    void emptyNumberField_isRejected() {
        DataFormatException e = failure("x1,x2,label\n,2,3\n");

        assertThat(e).hasMessageContaining("row 1 (line 2)").hasMessageContaining("column 'x1'");
        assertThat(e.column()).isEqualTo("x1");
    }

    @Test
    void nanField_isRejectedNamingRowLineAndColumn() {
        DataFormatException e = failure("x1,x2,label\n1,2,3\n4,5,6\nNaN,1,1\n");

        assertThat(e).hasMessageContaining("row 3 (line 4)")
                .hasMessageContaining("column 'x1'")
                .hasMessageContaining("NaN is not finite");
        assertThat(e.row()).isEqualTo(3);
        assertThat(e.column()).isEqualTo("x1");
    }

    @Test
    void infinityField_isRejectedNamingRowLineAndColumn() {
        DataFormatException e = failure("x1,x2,label\n1,-Infinity,3\n");

        assertThat(e).hasMessageContaining("row 1 (line 2)")
                .hasMessageContaining("column 'x2'")
                .hasMessageContaining("-Infinity is not finite");
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("x2");
    }

    @Test
    void floatOverflow_isRejectedAsNotFinite() {
        DataFormatException e = failure("x1,x2,label\n1e39,0,3\n");

        assertThat(e).hasMessageContaining("column 'x1'").hasMessageContaining("1e39 is not finite");
    }

    @Test
    void raggedRow_isRejectedNamingRowAndLine() {
        DataFormatException e = failure("x1,x2,label\n1,2,3\n\n4,5\n");

        assertThat(e).hasMessageContaining("row 2 (line 4)")
                .hasMessageContaining("has 2 fields, the header has 3");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isNull();
    }

    @Test
    void labelTen_isRejectedNamingRowColumnAndValue() {
        DataFormatException e = failure("x1,x2,label\n1,2,3\n1,2,10\n");

        assertThat(e).hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("column 'label'")
                .hasMessageContaining("class index 10")
                .hasMessageContaining("0..9");
        assertThat(e.row()).isEqualTo(2);
        assertThat(e.column()).isEqualTo("label");
    }

    @Test
    void labelMinusOne_isRejectedNamingRowColumnAndValue() {
        DataFormatException e = failure("x1,x2,label\n1,2,-1\n");

        assertThat(e).hasMessageContaining("row 1 (line 2)")
                .hasMessageContaining("column 'label'")
                .hasMessageContaining("class index -1")
                .hasMessageContaining("0..9");
        assertThat(e.row()).isEqualTo(1);
        assertThat(e.column()).isEqualTo("label");
    }

    @Test
    void labelNotAnInteger_isRejected() {
        DataFormatException e = failure("x1,x2,label\n1,2,dog\n");

        assertThat(e).hasMessageContaining("row 1 (line 2)")
                .hasMessageContaining("column 'label'")
                .hasMessageContaining("'dog' is not a class index");
        assertThat(e.column()).isEqualTo("label");
    }

    @Test
    void emptyFile_isRejected() {
        DataFormatException e = failure("");

        assertThat(e).hasMessageContaining("data.csv").hasMessageContaining("the file is empty");
        assertThat(e.row()).isZero();
        assertThat(e.column()).isNull();
    }

    @Test
    void blankLinesOnly_isRejectedAsEmpty() {
        assertThat(failure("\n  \n\n")).hasMessageContaining("the file is empty");
    }

    @Test
    void headerOnly_isRejected() {
        DataFormatException e = failure("x1,x2,label\n\n");

        assertThat(e).hasMessageContaining("no data rows after the header");
        assertThat(e.row()).isZero();
    }

    @Test
    void unclosedQuote_isRejectedNamingRowAndLine() {
        DataFormatException e = failure("x1,x2,label\n1,2,3\n\"4,5,6\n");

        assertThat(e).hasMessageContaining("row 2 (line 3)")
                .hasMessageContaining("quoted field is not closed");
        assertThat(e.row()).isEqualTo(2);
    }

    @Test
    void unclosedQuoteInHeader_isRejectedNamingTheLine() {
        DataFormatException e = failure("x1,\"x2,label\n1,2,3\n");

        assertThat(e).hasMessageContaining("header (line 1)")
                .hasMessageContaining("quoted field is not closed");
        assertThat(e.row()).isZero();
    }

    @Test
    void missingFile_isAnIOException() {
        assertThatThrownBy(() -> CsvReader.of(TEN).read(dir.resolve("absent.csv")))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(DataFormatException.class);
    }
}
