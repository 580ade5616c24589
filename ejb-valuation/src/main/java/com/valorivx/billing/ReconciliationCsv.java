package com.valorivx.billing;

import java.math.BigDecimal;

/**
 * The reconciliation as RFC 4180 CSV: a header line, then one line per tenant (CRLF line ends);
 * {@code plans} lists the plans the range was priced at, separated by semicolons.
 */
public final class ReconciliationCsv {

  static final String HEADER = "tenantId,tenantName,plan,currency,months,valuations,monteCarloPaths,seatMonths,"
      + "expectedCharge,billedAmount,drift,flagged,plans";

  private ReconciliationCsv() {
  }

  public static String write(Reconciliation reconciliation) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ReconciliationLine line : reconciliation.tenants()) {
      csv.append(line.tenantId()).append(',').append(quote(line.tenantName())).append(',').append(line.plan())
          .append(',').append(line.currency()).append(',').append(line.months()).append(',')
          .append(line.valuations()).append(',').append(line.monteCarloPaths()).append(',')
          .append(line.seatMonths()).append(',').append(plain(line.expectedCharge())).append(',')
          .append(plain(line.billedAmount())).append(',').append(plain(line.drift())).append(',')
          .append(line.flagged()).append(',').append(String.join(";", line.plans())).append("\r\n");
    }
    return csv.toString();
  }

  /** Quoted when it holds a comma, quote or line break; a leading formula character is neutralised. */
  static String quote(String text) {
    String value = text == null ? "" : text;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
      value = "'" + value;
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }

  private static String plain(BigDecimal amount) {
    return amount.toPlainString();
  }
}
