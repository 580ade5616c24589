package com.valorivx.system.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** Request bodies of the deal models' worked examples, shared by the API, scenario and page tests. */
public final class DealExamples {

  private DealExamples() {
  }

  /**
   * The specification's worked LBO (issue 3, "LBO"): 8× on EBITDA 100, debt 500 at 8 % on the
   * opening balance, EBITDA +5 %/yr, cash before interest 50 % of EBITDA, 100 % sweep, exit year 5 at
   * 8× → IRR 15.78 %, MOIC 2.081.
   */
  public static JsonObjectBuilder lbo() {
    return Json.createObjectBuilder()
        .add("entryEbitda", 100).add("entryMultiple", 8).add("years", 5)
        .add("debtTranches", Json.createArrayBuilder().add(tranche("Senior", 500, 0.08)))
        .add("ebitdaGrowth", 0.05).add("cashConversion", 0.5)
        .add("interestOn", "OPENING_BALANCE").add("cashSweepRate", 1.0).add("exitMultiple", 8);
  }

  /** One sweeping tranche without amortisation. */
  public static JsonObjectBuilder tranche(String name, double amount, double rate) {
    return Json.createObjectBuilder().add("name", name).add("amount", amount).add("interestRate", rate)
        .add("cashSweep", true);
  }

  /**
   * The M&amp;A engine test's hand-computed deal (MnaEngineTest): acquirer NI 500, 100 shares at 60;
   * target NI 100 bought for 1,500 in 40 % stock, 30 % cash, 30 % debt at 6 %, cash yield 2 %, tax
   * 25 %, synergies 40, fees 30, amortisation 20 → pro forma NI 587.55 on 110 shares, accretion 6.827 %.
   */
  public static JsonObjectBuilder mna() {
    return Json.createObjectBuilder()
        .add("acquirer", Json.createObjectBuilder().add("netIncome", 500).add("sharesOutstanding", 100).add("sharePrice", 60))
        .add("target", Json.createObjectBuilder().add("netIncome", 100).add("marketValue", 1_200))
        .add("purchasePrice", 1_500)
        .add("consideration", Json.createObjectBuilder().add("stock", 0.4).add("cash", 0.3).add("debt", 0.3))
        .add("debtInterestRate", 0.06).add("cashInterestRate", 0.02).add("taxRate", 0.25)
        .add("synergies", 40).add("transactionFees", 30).add("intangibleAmortization", 20);
  }
}
