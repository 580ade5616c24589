package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import java.io.Serializable;
import java.util.UUID;

/**
 * Which series of which market data set a forecast starts from, and over which window, as the
 * forecast page's selects or the view parameters of the market data page's "Forecast" link hold
 * them: the data set's id (converted by the UUID converter), the rest as text checked by the service.
 */
public class SeriesChoice implements Serializable {

  private static final long serialVersionUID = 1L;

  private UUID dataset;
  private String symbol;
  private String from;
  private String to;

  /** Whether a data set was chosen (by the page or by the link that opened it). */
  public boolean chosen() {
    return dataset != null;
  }

  /** The chosen data set's id; none chosen is a field error on {@code dataset}. */
  UUID datasetId() {
    if (dataset == null) {
      throw new InvalidAssumptionsException("dataset", "choose a data set");
    }
    return dataset;
  }

  public UUID getDataset() {
    return dataset;
  }

  public void setDataset(UUID dataset) {
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
