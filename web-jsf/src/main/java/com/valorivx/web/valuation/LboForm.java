package com.valorivx.web.valuation;

import com.valorivx.engine.common.FieldError;
import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.LboRequest.Operating;
import com.valorivx.valuation.LboRequest.Tranche;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the LBO page edits, pre-filled with the specification's worked example, and its mapping to
 * the service's {@link LboRequest}. Rates are decimals (the page shows percentages). The page has
 * {@value #TRANCHE_ROWS} tranche rows; a row left wholly empty is not sent, so the service's
 * errors on {@code debtTranches[k]} are renamed to the row that holds that tranche.
 */
public class LboForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Tranche rows on the page. */
  public static final int TRANCHE_ROWS = 3;

  private static final Pattern TRANCHE_FIELD = Pattern.compile("^debtTranches\\[(\\d+)](.*)$");

  /** Which operating model the page sends. */
  public enum Model { SIMPLE, FULL }

  /** One editable tranche row. */
  public static class TrancheRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Double amount;
    private Double interestRate;
    private Double amortizationRate;
    private boolean cashSweep = true;

    TrancheRow() {
    }

    TrancheRow(String name, Double amount, Double interestRate, Double amortizationRate, boolean cashSweep) {
      this.name = name;
      this.amount = amount;
      this.interestRate = interestRate;
      this.amortizationRate = amortizationRate;
      this.cashSweep = cashSweep;
    }

    boolean isEmpty() {
      return (name == null || name.isBlank()) && amount == null && interestRate == null && amortizationRate == null;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Double getAmount() {
      return amount;
    }

    public void setAmount(Double amount) {
      this.amount = amount;
    }

    public Double getInterestRate() {
      return interestRate;
    }

    public void setInterestRate(Double interestRate) {
      this.interestRate = interestRate;
    }

    public Double getAmortizationRate() {
      return amortizationRate;
    }

    public void setAmortizationRate(Double amortizationRate) {
      this.amortizationRate = amortizationRate;
    }

    public boolean isCashSweep() {
      return cashSweep;
    }

    public void setCashSweep(boolean cashSweep) {
      this.cashSweep = cashSweep;
    }
  }

  private String name = "New LBO";
  private String ticker;
  private Double entryEbitda = 100.0;
  private Double entryMultiple = 8.0;
  private Double transactionFees = 0.0;
  private Integer years = 5;
  private final List<TrancheRow> tranches = new ArrayList<>(List.of(
      new TrancheRow("Senior term loan", 500.0, 0.08, 0.0, true), new TrancheRow(), new TrancheRow()));
  private Model model = Model.SIMPLE;
  private Double ebitdaGrowth = 0.05;
  private Double cashConversion = 0.5;
  private Double revenue = 1000.0;
  private Double revenueGrowth = 0.05;
  private Double ebitdaMargin = 0.10;
  private Double depreciationRate = 0.02;
  private Double capexRate = 0.02;
  private Double nwcRate = 0.10;
  private Double taxRate = 0.25;
  private String interestOn = "OPENING_BALANCE";
  private Double cashSweepRate = 1.0;
  private Double minimumCash = 0.0;
  private Double exitMultiple = 8.0;

  /** The request the service values: the chosen operating model and the filled tranche rows. */
  public LboRequest toRequest() {
    List<Tranche> sent = new ArrayList<>();
    for (TrancheRow row : tranches) {
      if (!row.isEmpty()) {
        sent.add(new Tranche(blankToNull(row.name), row.amount, row.interestRate, row.amortizationRate, row.cashSweep));
      }
    }
    boolean simple = model == Model.SIMPLE;
    return new LboRequest(blankToNull(name), blankToNull(ticker), entryEbitda, entryMultiple, transactionFees, years,
        sent, simple ? ebitdaGrowth : null, simple ? cashConversion : null,
        simple ? null : new Operating(revenue, revenueGrowth, ebitdaMargin, depreciationRate, capexRate, nwcRate, taxRate),
        interestOn, cashSweepRate, minimumCash, exitMultiple);
  }

  /** The service's errors with each {@code debtTranches[k]} renamed to the page row that sent tranche k. */
  public List<FieldError> onRows(List<FieldError> errors) {
    List<Integer> rowOfTranche = new ArrayList<>();
    for (int row = 0; row < tranches.size(); row++) {
      if (!tranches.get(row).isEmpty()) {
        rowOfTranche.add(row);
      }
    }
    List<FieldError> renamed = new ArrayList<>(errors.size());
    for (FieldError error : errors) {
      Matcher m = TRANCHE_FIELD.matcher(error.field());
      int k = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      renamed.add(k >= 0 && k < rowOfTranche.size()
          ? new FieldError("debtTranches[" + rowOfTranche.get(k) + "]" + m.group(2), error.message())
          : error);
    }
    return renamed;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  public boolean isSimple() {
    return model == Model.SIMPLE;
  }

  public List<TrancheRow> getTranches() {
    return tranches;
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

  public Double getEntryEbitda() {
    return entryEbitda;
  }

  public void setEntryEbitda(Double entryEbitda) {
    this.entryEbitda = entryEbitda;
  }

  public Double getEntryMultiple() {
    return entryMultiple;
  }

  public void setEntryMultiple(Double entryMultiple) {
    this.entryMultiple = entryMultiple;
  }

  public Double getTransactionFees() {
    return transactionFees;
  }

  public void setTransactionFees(Double transactionFees) {
    this.transactionFees = transactionFees;
  }

  public Integer getYears() {
    return years;
  }

  public void setYears(Integer years) {
    this.years = years;
  }

  public Model getModel() {
    return model;
  }

  public void setModel(Model model) {
    this.model = model;
  }

  public Double getEbitdaGrowth() {
    return ebitdaGrowth;
  }

  public void setEbitdaGrowth(Double ebitdaGrowth) {
    this.ebitdaGrowth = ebitdaGrowth;
  }

  public Double getCashConversion() {
    return cashConversion;
  }

  public void setCashConversion(Double cashConversion) {
    this.cashConversion = cashConversion;
  }

  public Double getRevenue() {
    return revenue;
  }

  public void setRevenue(Double revenue) {
    this.revenue = revenue;
  }

  public Double getRevenueGrowth() {
    return revenueGrowth;
  }

  public void setRevenueGrowth(Double revenueGrowth) {
    this.revenueGrowth = revenueGrowth;
  }

  public Double getEbitdaMargin() {
    return ebitdaMargin;
  }

  public void setEbitdaMargin(Double ebitdaMargin) {
    this.ebitdaMargin = ebitdaMargin;
  }

  public Double getDepreciationRate() {
    return depreciationRate;
  }

  public void setDepreciationRate(Double depreciationRate) {
    this.depreciationRate = depreciationRate;
  }

  public Double getCapexRate() {
    return capexRate;
  }

  public void setCapexRate(Double capexRate) {
    this.capexRate = capexRate;
  }

  public Double getNwcRate() {
    return nwcRate;
  }

  public void setNwcRate(Double nwcRate) {
    this.nwcRate = nwcRate;
  }

  public Double getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(Double taxRate) {
    this.taxRate = taxRate;
  }

  public String getInterestOn() {
    return interestOn;
  }

  public void setInterestOn(String interestOn) {
    this.interestOn = interestOn;
  }

  public Double getCashSweepRate() {
    return cashSweepRate;
  }

  public void setCashSweepRate(Double cashSweepRate) {
    this.cashSweepRate = cashSweepRate;
  }

  public Double getMinimumCash() {
    return minimumCash;
  }

  public void setMinimumCash(Double minimumCash) {
    this.minimumCash = minimumCash;
  }

  public Double getExitMultiple() {
    return exitMultiple;
  }

  public void setExitMultiple(Double exitMultiple) {
    this.exitMultiple = exitMultiple;
  }
}
