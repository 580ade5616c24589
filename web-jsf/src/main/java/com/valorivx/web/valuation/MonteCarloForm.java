package com.valorivx.web.valuation;

import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.MonteCarloDcfRequest;
import com.valorivx.valuation.MonteCarloDcfRequest.DistributionRequest;
import jakarta.json.Json;
import java.io.Serializable;

/**
 * What the Monte Carlo page edits, pre-filled with an example: a ten-year projection base and a
 * distribution for each uncertain input. Rates are decimals (shown as percentages). The checks are
 * the service's.
 */
public class MonteCarloForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "Monte Carlo DCF";
  private Double baseRevenue = 1000.0;
  private Integer years = 10;
  private Double revenueGrowth = 0.06;
  private Double ebitMargin = 0.15;
  private Double taxRate = 0.25;
  private Double salesToCapital = 2.0;
  private Double discountRate = 0.09;
  private Double terminalGrowth = 0.025;
  private Double netDebt = 150.0;
  private Double sharesOutstanding = 100.0;
  private final DistributionInput growth = new DistributionInput("NORMAL", 0.06, 0.02, null, null, null);
  private final DistributionInput margin = new DistributionInput("TRIANGULAR", null, null, 0.10, 0.15, 0.19);
  private final DistributionInput rate = new DistributionInput("NORMAL", 0.09, 0.01, null, null, null);
  private final DistributionInput terminal = new DistributionInput("UNIFORM", null, null, 0.015, null, 0.03);
  private Double correlation = 0.5;
  private Integer paths = 1_000_000;
  private Long seed = 42L;
  private Double price = 10.0;

  /** One input's distribution; type NONE keeps the base's value. */
  public static class DistributionInput implements Serializable {
    private static final long serialVersionUID = 1L;
    private String type;
    private Double mean;
    private Double stdDev;
    private Double min;
    private Double mode;
    private Double max;

    DistributionInput(String type, Double mean, Double stdDev, Double min, Double mode, Double max) {
      this.type = type;
      this.mean = mean;
      this.stdDev = stdDev;
      this.min = min;
      this.mode = mode;
      this.max = max;
    }

    DistributionRequest toRequest() {
      if (type == null || type.equals("NONE")) {
        return null;
      }
      boolean byMoments = type.equals("NORMAL") || type.equals("LOGNORMAL");
      return new DistributionRequest(type, byMoments ? mean : null, byMoments ? stdDev : null,
          byMoments ? null : min, type.equals("TRIANGULAR") ? mode : null, byMoments ? null : max);
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public Double getMean() {
      return mean;
    }

    public void setMean(Double mean) {
      this.mean = mean;
    }

    public Double getStdDev() {
      return stdDev;
    }

    public void setStdDev(Double stdDev) {
      this.stdDev = stdDev;
    }

    public Double getMin() {
      return min;
    }

    public void setMin(Double min) {
      this.min = min;
    }

    public Double getMode() {
      return mode;
    }

    public void setMode(Double mode) {
      this.mode = mode;
    }

    public Double getMax() {
      return max;
    }

    public void setMax(Double max) {
      this.max = max;
    }
  }

  /** The service's request for these inputs. */
  public MonteCarloDcfRequest toRequest() {
    DcfRequest base = new DcfRequest(null, null, null,
        new DcfRequest.Projection(baseRevenue, years, revenueGrowth == null ? null : Json.createValue(revenueGrowth),
            ebitMargin == null ? null : Json.createValue(ebitMargin), taxRate, salesToCapital, null),
        discountRate, null, new DcfRequest.Terminal("GORDON", terminalGrowth, null, null), false, netDebt, null, null,
        sharesOutstanding);
    return new MonteCarloDcfRequest(name, null, base, new MonteCarloDcfRequest.Distributions(growth.toRequest(),
        margin.toRequest(), rate.toRequest(), terminal.toRequest()), correlation, paths, seed, price, null);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Double getBaseRevenue() {
    return baseRevenue;
  }

  public void setBaseRevenue(Double baseRevenue) {
    this.baseRevenue = baseRevenue;
  }

  public Integer getYears() {
    return years;
  }

  public void setYears(Integer years) {
    this.years = years;
  }

  public Double getRevenueGrowth() {
    return revenueGrowth;
  }

  public void setRevenueGrowth(Double revenueGrowth) {
    this.revenueGrowth = revenueGrowth;
  }

  public Double getEbitMargin() {
    return ebitMargin;
  }

  public void setEbitMargin(Double ebitMargin) {
    this.ebitMargin = ebitMargin;
  }

  public Double getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(Double taxRate) {
    this.taxRate = taxRate;
  }

  public Double getSalesToCapital() {
    return salesToCapital;
  }

  public void setSalesToCapital(Double salesToCapital) {
    this.salesToCapital = salesToCapital;
  }

  public Double getDiscountRate() {
    return discountRate;
  }

  public void setDiscountRate(Double discountRate) {
    this.discountRate = discountRate;
  }

  public Double getTerminalGrowth() {
    return terminalGrowth;
  }

  public void setTerminalGrowth(Double terminalGrowth) {
    this.terminalGrowth = terminalGrowth;
  }

  public Double getNetDebt() {
    return netDebt;
  }

  public void setNetDebt(Double netDebt) {
    this.netDebt = netDebt;
  }

  public Double getSharesOutstanding() {
    return sharesOutstanding;
  }

  public void setSharesOutstanding(Double sharesOutstanding) {
    this.sharesOutstanding = sharesOutstanding;
  }

  public DistributionInput getGrowth() {
    return growth;
  }

  public DistributionInput getMargin() {
    return margin;
  }

  public DistributionInput getRate() {
    return rate;
  }

  public DistributionInput getTerminal() {
    return terminal;
  }

  public Double getCorrelation() {
    return correlation;
  }

  public void setCorrelation(Double correlation) {
    this.correlation = correlation;
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

  public Double getPrice() {
    return price;
  }

  public void setPrice(Double price) {
    this.price = price;
  }
}
