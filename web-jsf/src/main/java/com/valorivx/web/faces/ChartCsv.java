package com.valorivx.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Export CSV" of every chart: a page's bean hands the chart's data here as a table and gets the
 * address of its download ({@code /charts/csv/<key>/<file>}, served by {@link ChartCsvServlet}).
 * The tables live in the user's session, the most recent {@value #KEPT} of them; the key is a hash of
 * the content, so asking again for the same table gives the same address.
 */
@Named
@SessionScoped
public class ChartCsv implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Tables kept per session. */
  static final int KEPT = 40;

  /** Where the servlet answers. */
  public static final String PATH = "/charts/csv";

  /** A stored table: its file name and CSV text. */
  public record Table(String fileName, String csv) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private final Map<String, Table> tables = new LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Table> eldest) {
      return size() > KEPT;
    }
  };

  /**
   * Keeps the table (a header row, then data rows; numbers written in full precision, text quoted)
   * and answers its download address relative to the application, e.g.
   * {@code /charts/csv/3fa2.../efficient-frontier.csv}.
   */
  public String link(String fileName, List<String> header, List<List<Object>> rows) {
    return href(fileName, csv(header, rows));
  }

  /** Keeps CSV text a page built itself and answers its download address, as {@link #link}; null for no text. */
  public synchronized String href(String fileName, String csv) {
    if (csv == null || csv.isEmpty()) {
      return null;
    }
    String key = key(fileName + "\n" + csv);
    tables.put(key, new Table(fileName, csv));
    return PATH + "/" + key + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  synchronized Optional<Table> find(String key) {
    return Optional.ofNullable(tables.get(key));
  }

  /** RFC 4180 CSV: comma-separated, CRLF line ends, text quoted with inner quotes doubled. */
  public static String csv(List<String> header, List<List<Object>> rows) {
    StringBuilder out = new StringBuilder();
    line(out, List.copyOf(header));
    for (List<Object> row : rows) {
      line(out, row);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append("\r\n");
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
    }
    if (value instanceof Number n) {
      return n.toString();
    }
    String text = value.toString();
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private static String key(String content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
