package com.valorivx.web.valuation;

import com.valorivx.market.EstimateRequest;
import java.io.Serializable;

/**
 * The window, frequency and kind of returns an estimate is taken over, as a page's form (market
 * data) or view parameters (portfolio's "Use in portfolio") hold them: text, checked by the service.
 */
public class EstimateWindow implements Serializable {

  private static final long serialVersionUID = 1L;

  private String from;
  private String to;
  private String frequency;
  private String returns;

  public EstimateWindow() {
  }

  EstimateWindow(String frequency, String returns) {
    this.frequency = frequency;
    this.returns = returns;
  }

  /** The request for every symbol of the data set. */
  public EstimateRequest toRequest() {
    return new EstimateRequest(null, from, to, frequency, returns);
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

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public String getReturns() {
    return returns;
  }

  public void setReturns(String returns) {
    this.returns = returns;
  }
}
