package com.valorivx.market;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.market.DatasetKind;
import com.valorivx.engine.market.PriceHistory;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a wide CSV table (RFC 4180, parsed with Apache Commons CSV): a header {@code date,SYM1,SYM2,...}
 * then one row per date, ISO dates ({@code 2024-01-31}) and plain decimal numbers (a dot as the
 * decimal separator, no thousands separators). Rows may come in any date order; they are sorted.
 * Every bad cell is reported with its row number in the file (the header is row 1) and its column,
 * up to {@value #MAX_ERRORS} errors; any error rejects the whole file.
 */
public final class MarketCsvParser {

  /** Most errors listed for one file. */
  public static final int MAX_ERRORS = 50;

  public static final int MAX_SYMBOLS = 50;

  public static final int MAX_SYMBOL_LENGTH = 40;

  public static final int MAX_ROWS = 20_000;

  /** Most values (rows × symbols) in one file. */
  public static final int MAX_VALUES = 100_000;

  /** A plain decimal: Java's own number syntax would also take NaN, Infinity, hex and type suffixes. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setIgnoreEmptyLines(true)
      .setTrim(true)
      .get();

  private MarketCsvParser() {
  }

  /** The table, or an {@link InvalidAssumptionsException} listing every bad cell. */
  public static PriceHistory parse(String text, DatasetKind kind) {
    Errors errors = new Errors();
    if (text == null || text.isBlank()) {
      throw new InvalidAssumptionsException("file", "is empty; expected a header date,SYMBOL,... and rows");
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<CSVRecord> records;
    try (CSVParser parser = CSVParser.parse(new StringReader(body), FORMAT)) {
      records = parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new InvalidAssumptionsException("file", "is not valid CSV: " + e.getMessage());
    }
    if (records.isEmpty()) {
      throw new InvalidAssumptionsException("file", "is empty; expected a header date,SYMBOL,... and rows");
    }
    CSVRecord header = records.get(0);
    List<String> symbols = symbols(header, errors);
    errors.throwIfAny();
    int rows = records.size() - 1;
    if (rows < 1) {
      throw new InvalidAssumptionsException("file", "has a header but no rows");
    }
    if (rows > MAX_ROWS || (long) rows * symbols.size() > MAX_VALUES) {
      throw new InvalidAssumptionsException("file", "has " + rows + " rows of " + symbols.size() + " symbols; at most "
          + MAX_ROWS + " rows and " + MAX_VALUES + " values are accepted per file");
    }
    TreeMap<LocalDate, double[]> table = new TreeMap<>();
    Map<LocalDate, Long> rowOfDate = new HashMap<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      long row = record.getRecordNumber();
      if (record.size() != symbols.size() + 1) {
        errors.add("row " + row, "has " + record.size() + " columns; the header has " + (symbols.size() + 1));
        continue;
      }
      LocalDate date = null;
      try {
        date = LocalDate.parse(record.get(0));
      } catch (DateTimeParseException e) {
        errors.add("row " + row + ", column " + header.get(0), "'" + record.get(0)
            + "' is not an ISO date (yyyy-mm-dd)");
      }
      if (date != null && rowOfDate.containsKey(date)) {
        errors.add("row " + row + ", column " + header.get(0), "repeats the date " + date + " of row "
            + rowOfDate.get(date));
        date = null;
      }
      double[] values = new double[symbols.size()];
      for (int c = 0; c < symbols.size(); c++) {
        values[c] = number(record.get(c + 1), kind, "row " + row + ", column " + symbols.get(c), errors);
      }
      if (date != null) {
        rowOfDate.put(date, row);
        table.put(date, values);
      }
    }
    errors.throwIfAny();
    return new PriceHistory(symbols, List.copyOf(table.keySet()), table.values().toArray(double[][]::new));
  }

  private static List<String> symbols(CSVRecord header, Errors errors) {
    if (header.size() < 2) {
      errors.add("row 1", "the header needs a date column and at least one symbol (date,SYMBOL,...)");
      return List.of();
    }
    if (!"date".equalsIgnoreCase(header.get(0))) {
      errors.add("row 1, column 1", "must be 'date', was '" + header.get(0) + "'");
    }
    if (header.size() - 1 > MAX_SYMBOLS) {
      errors.add("row 1", "has " + (header.size() - 1) + " symbols; at most " + MAX_SYMBOLS + " are accepted");
      return List.of();
    }
    List<String> symbols = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int c = 1; c < header.size(); c++) {
      String s = header.get(c);
      String field = "row 1, column " + (c + 1);
      if (s.isEmpty()) {
        errors.add(field, "needs a symbol name");
      } else if (s.length() > MAX_SYMBOL_LENGTH || s.contains(",")) {
        errors.add(field, "symbol names have at most " + MAX_SYMBOL_LENGTH + " characters and no commas");
      } else if (!seen.add(s)) {
        errors.add(field, "repeats the symbol " + s);
      }
      symbols.add(s);
    }
    return symbols;
  }

  private static double number(String text, DatasetKind kind, String field, Errors errors) {
    if (text.isEmpty()) {
      errors.add(field, "is missing");
      return Double.NaN;
    }
    if (!DECIMAL.matcher(text).matches()) {
      errors.add(field, "'" + text + "' is not a number (plain decimals like 101.25 or 1.2E3)");
      return Double.NaN;
    }
    double v = Double.parseDouble(text);
    if (!Double.isFinite(v)) {
      errors.add(field, "'" + text + "' is out of range");
      return Double.NaN;
    }
    if (kind == DatasetKind.PRICES && v <= 0) {
      errors.add(field, "a price must be positive, was " + text);
    }
    return v;
  }

  /** Collects up to {@link #MAX_ERRORS} errors and a note on how many more there were. */
  private static final class Errors {
    private final List<FieldError> list = new ArrayList<>();
    private int more;

    void add(String field, String message) {
      if (list.size() < MAX_ERRORS) {
        list.add(new FieldError(field, message));
      } else {
        more++;
      }
    }

    void throwIfAny() {
      if (list.isEmpty()) {
        return;
      }
      List<FieldError> all = new ArrayList<>(list);
      if (more > 0) {
        all.add(new FieldError("file", more + " further errors not listed; fix these first"));
      }
      throw new InvalidAssumptionsException(all);
    }
  }
}
