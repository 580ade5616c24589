package com.valorivx.web.valuation;

import com.valorivx.valuation.MnaGridRequest;
import com.valorivx.valuation.MnaRequest;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the M&A page edits, pre-filled with the hand-computed example of the engine's tests, and its
 * mapping to the service's {@link MnaRequest} and {@link MnaGridRequest}. Rates and shares are
 * decimals (the page shows percentages); the checks are the service's.
 */
public class MnaForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name = "New acquisition";
  private String ticker;
  private Double acquirerNetIncome = 500.0;
  private Double acquirerShares = 100.0;
  private Double acquirerSharePrice = 60.0;
  private Double targetNetIncome = 100.0;
  private Double targetMarketValue = 1200.0;
  private Double purchasePrice = 1500.0;
  private Double stock = 0.4;
  private Double cash = 0.3;
  private Double debt = 0.3;
  private Double debtInterestRate = 0.06;
  private Double cashInterestRate = 0.02;
  private Double taxRate = 0.25;
  private Double synergies = 40.0;
  private Double transactionFees = 30.0;
  private Double intangibleAmortization = 20.0;
  private List<Double> premiums = new ArrayList<>(List.of(0.0, 0.15, 0.25, 0.35, 0.5));
  private List<Double> stockShares = new ArrayList<>(List.of(0.0, 0.2, 0.4, 0.6, 0.8, 1.0));

  /** The deal as the service takes it. */
  public MnaRequest toRequest() {
    return new MnaRequest(name, blankToNull(ticker), new MnaRequest.Acquirer(acquirerNetIncome, acquirerShares,
        acquirerSharePrice), new MnaRequest.Target(targetNetIncome, targetMarketValue), purchasePrice,
        new MnaRequest.Consideration(stock, cash, debt), debtInterestRate, cashInterestRate, taxRate, synergies,
        transactionFees, intangibleAmortization);
  }

  /** The accretion grid around the deal. */
  public MnaGridRequest toGridRequest() {
    return new MnaGridRequest(toRequest(), premiums, stockShares);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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

  public Double getAcquirerNetIncome() {
    return acquirerNetIncome;
  }

  public void setAcquirerNetIncome(Double acquirerNetIncome) {
    this.acquirerNetIncome = acquirerNetIncome;
  }

  public Double getAcquirerShares() {
    return acquirerShares;
  }

  public void setAcquirerShares(Double acquirerShares) {
    this.acquirerShares = acquirerShares;
  }

  public Double getAcquirerSharePrice() {
    return acquirerSharePrice;
  }

  public void setAcquirerSharePrice(Double acquirerSharePrice) {
    this.acquirerSharePrice = acquirerSharePrice;
  }

  public Double getTargetNetIncome() {
    return targetNetIncome;
  }

  public void setTargetNetIncome(Double targetNetIncome) {
    this.targetNetIncome = targetNetIncome;
  }

  public Double getTargetMarketValue() {
    return targetMarketValue;
  }

  public void setTargetMarketValue(Double targetMarketValue) {
    this.targetMarketValue = targetMarketValue;
  }

  public Double getPurchasePrice() {
    return purchasePrice;
  }

  public void setPurchasePrice(Double purchasePrice) {
    this.purchasePrice = purchasePrice;
  }

  public Double getStock() {
    return stock;
  }

  public void setStock(Double stock) {
    this.stock = stock;
  }

  public Double getCash() {
    return cash;
  }

  public void setCash(Double cash) {
    this.cash = cash;
  }

  public Double getDebt() {
    return debt;
  }

  public void setDebt(Double debt) {
    this.debt = debt;
  }

  public Double getDebtInterestRate() {
    return debtInterestRate;
  }

  public void setDebtInterestRate(Double debtInterestRate) {
    this.debtInterestRate = debtInterestRate;
  }

  public Double getCashInterestRate() {
    return cashInterestRate;
  }

  public void setCashInterestRate(Double cashInterestRate) {
    this.cashInterestRate = cashInterestRate;
  }

  public Double getTaxRate() {
    return taxRate;
  }

  public void setTaxRate(Double taxRate) {
    this.taxRate = taxRate;
  }

  public Double getSynergies() {
    return synergies;
  }

  public void setSynergies(Double synergies) {
    this.synergies = synergies;
  }

  public Double getTransactionFees() {
    return transactionFees;
  }

  public void setTransactionFees(Double transactionFees) {
    this.transactionFees = transactionFees;
  }

  public Double getIntangibleAmortization() {
    return intangibleAmortization;
  }

  public void setIntangibleAmortization(Double intangibleAmortization) {
    this.intangibleAmortization = intangibleAmortization;
  }

  public List<Double> getPremiums() {
    return premiums;
  }

  public void setPremiums(List<Double> premiums) {
    this.premiums = premiums;
  }

  public List<Double> getStockShares() {
    return stockShares;
  }

  public void setStockShares(List<Double> stockShares) {
    this.stockShares = stockShares;
  }
}
