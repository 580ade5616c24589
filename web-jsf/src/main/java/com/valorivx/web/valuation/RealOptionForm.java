package com.valorivx.web.valuation;

import com.valorivx.valuation.RealOptionRequest;
import java.io.Serializable;

/**
 * What the real-options page edits, pre-filled with the abandonment example of the engine's tests
 * (a project worth 254 for 250, sold back for 150 within five years), and its mapping to the
 * service's {@link RealOptionRequest}. Rates are decimals (the page shows percentages).
 */
public class RealOptionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "New real option";
  private String kind = "ABANDON";
  private String method = "BLACK_SCHOLES";
  private Double underlyingValue = 254.0;
  private Double exerciseCost = 250.0;
  private Double investment = 100.0;
  private Double salvageValue = 150.0;
  private Double expansionFactor = 1.25;
  private Double maturityYears = 5.0;
  private Double volatility = 0.2;
  private Double riskFreeRate = 0.04;
  private Double yield = 0.04;
  private Integer steps = 500;

  /** The option as the service takes it: only the fields of the chosen kind and method are sent. */
  public RealOptionRequest toRequest() {
    boolean expand = "EXPAND".equals(kind);
    boolean abandon = "ABANDON".equals(kind);
    return new RealOptionRequest(name, kind, method, underlyingValue, exerciseCost, expand ? investment : null,
        abandon ? salvageValue : null, expand ? expansionFactor : null, maturityYears, volatility, riskFreeRate,
        this.yield, isBinomial() ? steps : null);
  }

  public boolean isExpand() {
    return "EXPAND".equals(kind);
  }

  public boolean isAbandon() {
    return "ABANDON".equals(kind);
  }

  public boolean isBinomial() {
    return "BINOMIAL".equals(method);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Double getUnderlyingValue() {
    return underlyingValue;
  }

  public void setUnderlyingValue(Double underlyingValue) {
    this.underlyingValue = underlyingValue;
  }

  public Double getExerciseCost() {
    return exerciseCost;
  }

  public void setExerciseCost(Double exerciseCost) {
    this.exerciseCost = exerciseCost;
  }

  public Double getInvestment() {
    return investment;
  }

  public void setInvestment(Double investment) {
    this.investment = investment;
  }

  public Double getSalvageValue() {
    return salvageValue;
  }

  public void setSalvageValue(Double salvageValue) {
    this.salvageValue = salvageValue;
  }

  public Double getExpansionFactor() {
    return expansionFactor;
  }

  public void setExpansionFactor(Double expansionFactor) {
    this.expansionFactor = expansionFactor;
  }

  public Double getMaturityYears() {
    return maturityYears;
  }

  public void setMaturityYears(Double maturityYears) {
    this.maturityYears = maturityYears;
  }

  public Double getVolatility() {
    return volatility;
  }

  public void setVolatility(Double volatility) {
    this.volatility = volatility;
  }

  public Double getRiskFreeRate() {
    return riskFreeRate;
  }

  public void setRiskFreeRate(Double riskFreeRate) {
    this.riskFreeRate = riskFreeRate;
  }

  public Double getYield() {
    return this.yield;
  }

  public void setYield(Double yield) {
    this.yield = yield;
  }

  public Integer getSteps() {
    return steps;
  }

  public void setSteps(Integer steps) {
    this.steps = steps;
  }
}
