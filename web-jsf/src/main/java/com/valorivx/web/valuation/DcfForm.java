package com.valorivx.web.valuation;

import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfRequest.Projection;
import com.valorivx.valuation.DcfRequest.Terminal;
import com.valorivx.valuation.DcfRequest.Wacc;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the DCF page edits, pre-filled with a worked example, and its mapping to and from the
 * service's {@link DcfRequest}. Rates are decimals (the page shows them as percentages). Only
 * the chosen alternative of each pair (cash flows, discount rate, terminal value) is sent; the
 * checks are the service's.
 */
public class DcfForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where the cash flows come from. */
  public enum CashFlowSource { EXPLICIT, PROJECTION }

  /** How the discount rate is given. */
  public enum DiscountSource { RATE, WACC }

  /** How the terminal value is found; the names are the request's {@code terminal.method}. */
  public enum TerminalMethod { GORDON, EXIT_MULTIPLE }

  private String name = "New DCF";
  private String ticker;

  private CashFlowSource cashFlowSource = CashFlowSource.EXPLICIT;
  private List<Double> freeCashFlows = new ArrayList<>(List.of(100.0, 110.0, 121.0, 133.1, 146.41));
  private Double baseRevenue = 1000.0;
  private Integer years = 5;
  private List<Double> revenueGrowth = new ArrayList<>(List.of(0.08, 0.07, 0.06, 0.05, 0.04));
  private List<Double> ebitMargin = new ArrayList<>(List.of(0.15));
  private Double projectionTaxRate = 0.25;
  private Double salesToCapital = 2.0;
  private Double depreciationRate = 0.03;

  private DiscountSource discountSource = DiscountSource.RATE;
  private Double discountRate = 0.10;
  private Double costOfEquity;
  private Double riskFreeRate = 0.04;
  private Double beta = 1.1;
  private Double equityRiskPremium = 0.055;
  private Double preTaxCostOfDebt = 0.06;
  private Double waccTaxRate = 0.25;
  private Double equityWeight = 0.7;

  private TerminalMethod terminalMethod = TerminalMethod.GORDON;
  private Double terminalGrowth = 0.03;
  private Double exitMultiple = 10.0;
  private Double terminalEbitda;

  private boolean midYear;
  private Double netDebt = 200.0;
  private Double minorityInterest = 0.0;
  private Double nonOperatingAssets = 0.0;
  private Double sharesOutstanding = 100.0;

  /** The request the service values: the chosen alternatives only. */
  public DcfRequest toRequest() {
    boolean explicit = cashFlowSource == CashFlowSource.EXPLICIT;
    boolean given = discountSource == DiscountSource.RATE;
    boolean gordon = terminalMethod == TerminalMethod.GORDON;
    return new DcfRequest(blankToNull(name), blankToNull(ticker),
        explicit ? orEmpty(freeCashFlows) : null,
        explicit ? null : new Projection(baseRevenue, years, perYear(revenueGrowth), perYear(ebitMargin),
            projectionTaxRate, salesToCapital, depreciationRate),
        given ? discountRate : null,
        given ? null : new Wacc(costOfEquity, riskFreeRate, beta, equityRiskPremium, preTaxCostOfDebt, waccTaxRate,
            equityWeight),
        gordon ? new Terminal(TerminalMethod.GORDON.name(), terminalGrowth, null, null)
            : new Terminal(TerminalMethod.EXIT_MULTIPLE.name(), null, exitMultiple, terminalEbitda),
        midYear, netDebt, minorityInterest, nonOperatingAssets, sharesOutstanding);
  }

  /** A form showing {@code request}, e.g. a stored run's inputs; alternatives it leaves out keep the defaults. */
  public static DcfForm of(DcfRequest request) {
    DcfForm form = new DcfForm();
    form.name = request.name();
    form.ticker = request.ticker();
    if (request.freeCashFlows() != null) {
      form.cashFlowSource = CashFlowSource.EXPLICIT;
      form.freeCashFlows = new ArrayList<>(request.freeCashFlows());
    }
    Projection p = request.projection();
    if (p != null) {
      form.cashFlowSource = CashFlowSource.PROJECTION;
      form.baseRevenue = p.baseRevenue();
      form.years = p.years();
      form.revenueGrowth = fromPerYear(p.revenueGrowth());
      form.ebitMargin = fromPerYear(p.ebitMargin());
      form.projectionTaxRate = p.taxRate();
      form.salesToCapital = p.salesToCapital();
      form.depreciationRate = p.depreciationRate();
    }
    if (request.discountRate() != null) {
      form.discountSource = DiscountSource.RATE;
      form.discountRate = request.discountRate();
    }
    Wacc w = request.wacc();
    if (w != null) {
      form.discountSource = DiscountSource.WACC;
      form.costOfEquity = w.costOfEquity();
      form.riskFreeRate = w.riskFreeRate();
      form.beta = w.beta();
      form.equityRiskPremium = w.equityRiskPremium();
      form.preTaxCostOfDebt = w.preTaxCostOfDebt();
      form.waccTaxRate = w.taxRate();
      form.equityWeight = w.equityWeight();
    }
    Terminal t = request.terminal();
    if (t != null && TerminalMethod.EXIT_MULTIPLE.name().equals(t.method())) {
      form.terminalMethod = TerminalMethod.EXIT_MULTIPLE;
      form.exitMultiple = t.multiple();
      form.terminalEbitda = t.terminalEbitda();
    } else if (t != null) {
      form.terminalMethod = TerminalMethod.GORDON;
      form.terminalGrowth = t.growth();
    }
    form.midYear = Boolean.TRUE.equals(request.midYear());
    form.netDebt = request.netDebt();
    form.minorityInterest = request.minorityInterest();
    form.nonOperatingAssets = request.nonOperatingAssets();
    form.sharesOutstanding = request.sharesOutstanding();
    return form;
  }

  /** One number for every year, or one a year: the request's {@code number|[number]}. */
  private static JsonValue perYear(List<Double> values) {
    if (values == null || values.isEmpty()) {
      return null;
    }
    if (values.size() == 1) {
      return Json.createValue(values.get(0));
    }
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }

  private static List<Double> fromPerYear(JsonValue value) {
    List<Double> values = new ArrayList<>();
    if (value instanceof JsonNumber number) {
      values.add(number.doubleValue());
    } else if (value instanceof JsonArray array) {
      array.getValuesAs(JsonNumber.class).forEach(n -> values.add(n.doubleValue()));
    }
    return values;
  }

  private static List<Double> orEmpty(List<Double> values) {
    return values == null ? List.of() : values;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public boolean isExplicit() {
    return cashFlowSource == CashFlowSource.EXPLICIT;
  }

  public boolean isGivenRate() {
    return discountSource == DiscountSource.RATE;
  }

  public boolean isGordon() {
    return terminalMethod == TerminalMethod.GORDON;
  }

  public CashFlowSource[] getCashFlowSources() {
    return CashFlowSource.values();
  }

  public DiscountSource[] getDiscountSources() {
    return DiscountSource.values();
  }

  public TerminalMethod[] getTerminalMethods() {
    return TerminalMethod.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTicker() {
    return ticker;
  }

  public void setTicker(String ticker) {
    this.ticker = ticker;
  }

  public CashFlowSource getCashFlowSource() {
    return cashFlowSource;
  }

  public void setCashFlowSource(CashFlowSource cashFlowSource) {
    this.cashFlowSource = cashFlowSource;
  }

  public List<Double> getFreeCashFlows() {
    return freeCashFlows;
  }

  public void setFreeCashFlows(List<Double> freeCashFlows) {
    this.freeCashFlows = freeCashFlows;
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

  public List<Double> getRevenueGrowth() {
    return revenueGrowth;
  }

  public void setRevenueGrowth(List<Double> revenueGrowth) {
    this.revenueGrowth = revenueGrowth;
  }

  public List<Double> getEbitMargin() {
    return ebitMargin;
  }

  public void setEbitMargin(List<Double> ebitMargin) {
    this.ebitMargin = ebitMargin;
  }

  public Double getProjectionTaxRate() {
    return projectionTaxRate;
  }

  public void setProjectionTaxRate(Double projectionTaxRate) {
    this.projectionTaxRate = projectionTaxRate;
  }

  public Double getSalesToCapital() {
    return salesToCapital;
  }

  public void setSalesToCapital(Double salesToCapital) {
    this.salesToCapital = salesToCapital;
  }

  public Double getDepreciationRate() {
    return depreciationRate;
  }

  public void setDepreciationRate(Double depreciationRate) {
    this.depreciationRate = depreciationRate;
  }

  public DiscountSource getDiscountSource() {
    return discountSource;
  }

  public void setDiscountSource(DiscountSource discountSource) {
    this.discountSource = discountSource;
  }

  public Double getDiscountRate() {
    return discountRate;
  }

  public void setDiscountRate(Double discountRate) {
    this.discountRate = discountRate;
  }

  public Double getCostOfEquity() {
    return costOfEquity;
  }

  public void setCostOfEquity(Double costOfEquity) {
    this.costOfEquity = costOfEquity;
  }

  public Double getRiskFreeRate() {
    return riskFreeRate;
  }

  public void setRiskFreeRate(Double riskFreeRate) {
    this.riskFreeRate = riskFreeRate;
  }

  public Double getBeta() {
    return beta;
  }

  public void setBeta(Double beta) {
    this.beta = beta;
  }

  public Double getEquityRiskPremium() {
    return equityRiskPremium;
  }

  public void setEquityRiskPremium(Double equityRiskPremium) {
    this.equityRiskPremium = equityRiskPremium;
  }

  public Double getPreTaxCostOfDebt() {
    return preTaxCostOfDebt;
  }

  public void setPreTaxCostOfDebt(Double preTaxCostOfDebt) {
    this.preTaxCostOfDebt = preTaxCostOfDebt;
  }

  public Double getWaccTaxRate() {
    return waccTaxRate;
  }

  public void setWaccTaxRate(Double waccTaxRate) {
    this.waccTaxRate = waccTaxRate;
  }

  public Double getEquityWeight() {
    return equityWeight;
  }

  public void setEquityWeight(Double equityWeight) {
    this.equityWeight = equityWeight;
  }

  public TerminalMethod getTerminalMethod() {
    return terminalMethod;
  }

  public void setTerminalMethod(TerminalMethod terminalMethod) {
    this.terminalMethod = terminalMethod;
  }

  public Double getTerminalGrowth() {
    return terminalGrowth;
  }

  public void setTerminalGrowth(Double terminalGrowth) {
    this.terminalGrowth = terminalGrowth;
  }

  public Double getExitMultiple() {
    return exitMultiple;
  }

  public void setExitMultiple(Double exitMultiple) {
    this.exitMultiple = exitMultiple;
  }

  public Double getTerminalEbitda() {
    return terminalEbitda;
  }

  public void setTerminalEbitda(Double terminalEbitda) {
    this.terminalEbitda = terminalEbitda;
  }

  public boolean isMidYear() {
    return midYear;
  }

  public void setMidYear(boolean midYear) {
    this.midYear = midYear;
  }

  public Double getNetDebt() {
    return netDebt;
  }

  public void setNetDebt(Double netDebt) {
    this.netDebt = netDebt;
  }

  public Double getMinorityInterest() {
    return minorityInterest;
  }

  public void setMinorityInterest(Double minorityInterest) {
    this.minorityInterest = minorityInterest;
  }

  public Double getNonOperatingAssets() {
    return nonOperatingAssets;
  }

  public void setNonOperatingAssets(Double nonOperatingAssets) {
    this.nonOperatingAssets = nonOperatingAssets;
  }

  public Double getSharesOutstanding() {
    return sharesOutstanding;
  }

  public void setSharesOutstanding(Double sharesOutstanding) {
    this.sharesOutstanding = sharesOutstanding;
  }
}
