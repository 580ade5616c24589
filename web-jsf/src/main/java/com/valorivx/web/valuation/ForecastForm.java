package com.valorivx.web.valuation;

import com.valorivx.analytics.ForecastRequest;
import com.valorivx.market.DatasetSeries;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The forecast page's inputs, starting from a ten-year revenue example; builds the service's request. */
public class ForecastForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private List<Double> history = new ArrayList<>(List.of(100.0, 108.0, 113.0, 125.0, 128.0, 140.0, 139.0, 152.0,
      160.0, 163.0));
  private Integer horizon = 5;
  private String method = "BOTH";
  private Double alpha;
  private Double beta;
  private Double confidence = 0.95;
  private Integer holdout;

  /** The request as the API would receive it. */
  public ForecastRequest toRequest() {
    return new ForecastRequest(name == null || name.isBlank() ? null : name, history, null, horizon, method, alpha,
        beta, confidence, holdout);
  }

  /** The form a stored request fills. */
  static ForecastForm of(ForecastRequest request) {
    ForecastForm form = new ForecastForm();
    form.name = request.name();
    form.history = request.values() == null ? null : new ArrayList<>(request.values());
    form.horizon = request.horizon();
    form.method = request.method() == null ? "BOTH" : request.method();
    form.alpha = request.alpha();
    form.beta = request.beta();
    form.confidence = request.confidence() == null ? 0.95 : request.confidence();
    form.holdout = request.holdout();
    return form;
  }

  /**
   * Takes a market data series as the history, named after its data set and symbol (the end of
   * that name when it is longer than a forecast's name may be).
   */
  void load(DatasetSeries series) {
    history = new ArrayList<>(series.values());
    String full = series.dataset().name() + " – " + series.symbol();
    name = full.length() <= ForecastRequest.MAX_NAME_LENGTH ? full
        : full.substring(full.length() - ForecastRequest.MAX_NAME_LENGTH);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Double> getHistory() {
    return history;
  }

  public void setHistory(List<Double> history) {
    this.history = history;
  }

  public Integer getHorizon() {
    return horizon;
  }

  public void setHorizon(Integer horizon) {
    this.horizon = horizon;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Double getAlpha() {
    return alpha;
  }

  public void setAlpha(Double alpha) {
    this.alpha = alpha;
  }

  public Double getBeta() {
    return beta;
  }

  public void setBeta(Double beta) {
    this.beta = beta;
  }

  public Double getConfidence() {
    return confidence;
  }

  public void setConfidence(Double confidence) {
    this.confidence = confidence;
  }

  public Integer getHoldout() {
    return holdout;
  }

  public void setHoldout(Integer holdout) {
    this.holdout = holdout;
  }
}
