package com.valorivx.web.valuation;

import com.valorivx.valuation.OptionRequest;
import java.io.Serializable;

/**
 * What the options page edits, pre-filled with the textbook call (S 42, K 40, T 0.5, r 10 %,
 * σ 20 %: 4.76 by Black-Scholes), and its mapping to the service's {@link OptionRequest}. Only
 * the chosen method's settings are sent (steps for BINOMIAL, paths and seed for MONTE_CARLO); the
 * checks are the service's.
 */
public class OptionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "New option";
  private String type = "CALL";
  private String style = "EUROPEAN";
  private String method = "BLACK_SCHOLES";
  private Double spot = 42.0;
  private Double strike = 40.0;
  private Double maturityYears = 0.5;
  private Double riskFreeRate = 0.10;
  private Double volatility = 0.20;
  private Double dividendYield = 0.0;
  private Integer steps = 200;
  private Integer paths = 100_000;
  private Long seed = 42L;

  /** The request the service values. */
  public OptionRequest toRequest() {
    boolean binomial = isBinomial();
    boolean monteCarlo = isMonteCarlo();
    return new OptionRequest(name == null || name.isBlank() ? null : name.trim(), type, style, method, spot, strike,
        maturityYears, riskFreeRate, volatility, dividendYield, binomial ? steps : null, null, null,
        monteCarlo ? paths : null, monteCarlo ? seed : null);
  }

  public boolean isBinomial() {
    return "BINOMIAL".equals(method);
  }

  public boolean isMonteCarlo() {
    return "MONTE_CARLO".equals(method);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getStyle() {
    return style;
  }

  public void setStyle(String style) {
    this.style = style;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Double getSpot() {
    return spot;
  }

  public void setSpot(Double spot) {
    this.spot = spot;
  }

  public Double getStrike() {
    return strike;
  }

  public void setStrike(Double strike) {
    this.strike = strike;
  }

  public Double getMaturityYears() {
    return maturityYears;
  }

  public void setMaturityYears(Double maturityYears) {
    this.maturityYears = maturityYears;
  }

  public Double getRiskFreeRate() {
    return riskFreeRate;
  }

  public void setRiskFreeRate(Double riskFreeRate) {
    this.riskFreeRate = riskFreeRate;
  }

  public Double getVolatility() {
    return volatility;
  }

  public void setVolatility(Double volatility) {
    this.volatility = volatility;
  }

  public Double getDividendYield() {
    return dividendYield;
  }

  public void setDividendYield(Double dividendYield) {
    this.dividendYield = dividendYield;
  }

  public Integer getSteps() {
    return steps;
  }

  public void setSteps(Integer steps) {
    this.steps = steps;
  }

  public Integer getPaths() {
    return paths;
  }

  public void setPaths(Integer paths) {
    this.paths = paths;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }
}
