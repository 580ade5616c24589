package com.valorivx.web.valuation;

import java.io.Serializable;

/**
 * Which series of which market data set a forecast starts from, and over which window, as the
 * forecast page's selects or the view parameters of the market data page's "Forecast" link hold
 * them: text, checked by the service.
 */
public class SeriesChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private String dataset;
  private String symbol;
  private String from;
  private String to;

  /** Whether a data set was chosen (by the page or by the link that opened it). */
  public boolean chosen() {
    return dataset != null && !dataset.isBlank();
  }

  public String getDataset() {
    return dataset;
  }

  public void setDataset(String dataset) {
    this.dataset = dataset;
  }

  public String getSymbol() {
    return symbol;
  }

  public void setSymbol(String symbol) {
    this.symbol = symbol;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
