package com.valorivx.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.market.DatasetKind;
import com.valorivx.engine.market.PriceHistory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarketCsvParserTest {

  @Test
  void readsAWideTableAndSortsItsRows() {
    String csv = "date,MSFT,\"AAPL\"\r\n2024-01-03,370.6,184.25\n2024-01-02,370.87,185.64\n\n2024-01-04,367.94,181.91\n";
    PriceHistory h = MarketCsvParser.parse(csv, DatasetKind.PRICES);
    assertThat(h.symbols()).containsExactly("MSFT", "AAPL");
    assertThat(h.dates()).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    assertThat(h.values()[0]).containsExactly(370.87, 185.64);
    assertThat(h.values()[2]).containsExactly(367.94, 181.91);
  }

  @Test
  void everyBadCellIsNamedByRowAndColumn() {
    String csv = String.join("\n",
        "date,MSFT,AAPL",
        "2024-01-02,370.87,185.64",
        "2024-13-01,370.6,184.25",
        "2024-01-04,abc,181.91",
        "2024-01-05,-1,181.18",
        "2024-01-02,371,182",
        "2024-01-08,375",
        "2024-01-09,NaN,0x1p3",
        "2024-01-10,,185.14");
    InvalidAssumptionsException e = catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse(csv, DatasetKind.PRICES));
    assertThat(e.errors()).extracting(FieldError::field).containsExactly(
        "row 3, column date",
        "row 4, column MSFT",
        "row 5, column MSFT",
        "row 6, column date",
        "row 7",
        "row 8, column MSFT",
        "row 8, column AAPL",
        "row 9, column MSFT");
    assertThat(e.errors().get(3).message()).contains("repeats the date 2024-01-02 of row 2");
  }

  @Test
  void fundamentalsMayBeNegative() {
    PriceHistory h = MarketCsvParser.parse("date,NETINCOME\n2023-12-31,-12.5\n2024-12-31,3e2\n",
        DatasetKind.FUNDAMENTALS);
    assertThat(h.values()[0][0]).isEqualTo(-12.5);
    assertThat(h.values()[1][0]).isEqualTo(300);
  }

  @Test
  void headerProblems() {
    InvalidAssumptionsException e = catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse("day,A,A,\n2024-01-02,1,2,3\n", DatasetKind.PRICES));
    assertThat(e.errors()).extracting(FieldError::field)
        .containsExactly("row 1, column 1", "row 1, column 3", "row 1, column 4");
    assertThat(catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse("", DatasetKind.PRICES)).errors().get(0).field()).isEqualTo("file");
    assertThat(catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse("date,A\n", DatasetKind.PRICES)).errors().get(0).field()).isEqualTo("file");
    assertThat(catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse("date,A\n2024-01-02,\"1\n", DatasetKind.PRICES)).errors().get(0).field())
        .isEqualTo("file");
  }

  @Test
  void errorsAreCappedWithANote() {
    StringBuilder csv = new StringBuilder("date,A\n");
    for (int i = 0; i < 80; i++) {
      csv.append("2024-01-").append(String.format("%02d", i % 28 + 1)).append(i < 28 ? ",x\n" : ",1\n");
    }
    InvalidAssumptionsException e = catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse(csv.toString(), DatasetKind.PRICES));
    // 28 bad numbers and 52 repeated dates: 80 errors, 50 listed and a note
    assertThat(e.errors()).hasSize(MarketCsvParser.MAX_ERRORS + 1);
    assertThat(e.errors().get(MarketCsvParser.MAX_ERRORS)).isEqualTo(
        new FieldError("file", "30 further errors not listed; fix these first"));
  }

  @Test
  void sizeLimits() {
    StringBuilder csv = new StringBuilder("date");
    for (int i = 0; i <= MarketCsvParser.MAX_SYMBOLS; i++) {
      csv.append(",S").append(i);
    }
    assertThat(catchThrowableOfType(InvalidAssumptionsException.class,
        () -> MarketCsvParser.parse(csv + "\n", DatasetKind.PRICES)).errors().get(0).message())
        .contains("at most " + MarketCsvParser.MAX_SYMBOLS);
  }
}
