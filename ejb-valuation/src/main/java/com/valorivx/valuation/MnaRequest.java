package com.valorivx.valuation;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.mna.ConsiderationMix;
import com.valorivx.engine.mna.MnaAssumptions;

/**
 * An acquisition as callers write it (API.md "M&amp;A accretion/dilution"): the acquirer, the target,
 * the purchase price (equity value paid), the consideration mix, the financing rates and the tax
 * rate. It is the document stored as a run's inputs. {@code synergies}, {@code transactionFees} and
 * {@code intangibleAmortization} default to 0, as do absent parts of {@code consideration};
 * {@code target.marketValue} is used only by the accretion grid.
 */
public record MnaRequest(String name, String ticker, Acquirer acquirer, Target target, Double purchasePrice,
    Consideration consideration, Double debtInterestRate, Double cashInterestRate, Double taxRate, Double synergies,
    Double transactionFees, Double intangibleAmortization) {

  /** Longest run name kept. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The buyer: standalone net income, diluted shares and the price new shares are issued at. */
  public record Acquirer(Double netIncome, Double sharesOutstanding, Double sharePrice) {
  }

  /** The company bought: its net income, and (for the grid) its unaffected equity market value. */
  public record Target(Double netIncome, Double marketValue) {
  }

  /** Shares of the purchase price paid in stock, cash and new debt; they sum to 1. */
  public record Consideration(Double stock, Double cash, Double debt) {
  }

  /** Checks every field and builds the engine's assumptions; all errors come back together. */
  public MnaAssumptions toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= MAX_NAME_LENGTH, "name", "is longer than " + MAX_NAME_LENGTH + " characters");
    checks.require(ticker == null || ticker.matches("[A-Za-z0-9.\\-:]{1,20}"), "ticker", "must be 1 to 20 letters, digits, '.', '-' or ':'");
    if (acquirer == null) {
      checks.reject("acquirer", "is required: netIncome, sharesOutstanding and sharePrice");
    } else {
      checks.finite(acquirer.netIncome(), "acquirer.netIncome");
      checks.finite(acquirer.sharesOutstanding(), "acquirer.sharesOutstanding");
      checks.finite(acquirer.sharePrice(), "acquirer.sharePrice");
    }
    if (target == null) {
      checks.reject("target", "is required: netIncome");
    } else {
      checks.finite(target.netIncome(), "target.netIncome");
      checks.require(target.marketValue() == null || Double.isFinite(target.marketValue()), "target.marketValue",
          "must be a finite number");
    }
    checks.finite(purchasePrice, "purchasePrice");
    ConsiderationMix mix = null;
    if (consideration == null) {
      checks.reject("consideration", "is required: stock, cash and debt shares of the price, summing to 1");
    } else if (optional(checks, consideration.stock(), "consideration.stock")
        & optional(checks, consideration.cash(), "consideration.cash")
        & optional(checks, consideration.debt(), "consideration.debt")) {
      mix = checks.attempt(() -> new ConsiderationMix(orZero(consideration.stock()), orZero(consideration.cash()),
          orZero(consideration.debt())));
    }
    checks.finite(debtInterestRate, "debtInterestRate");
    checks.finite(cashInterestRate, "cashInterestRate");
    checks.finite(taxRate, "taxRate");
    optional(checks, synergies, "synergies");
    optional(checks, transactionFees, "transactionFees");
    optional(checks, intangibleAmortization, "intangibleAmortization");
    checks.throwIfAny();
    ConsiderationMix checkedMix = mix;
    return checks.attemptOrThrow(() -> new MnaAssumptions(acquirer.netIncome(), acquirer.sharesOutstanding(),
        acquirer.sharePrice(), target.netIncome(), purchasePrice, checkedMix, debtInterestRate, cashInterestRate,
        taxRate, orZero(synergies), orZero(transactionFees), orZero(intangibleAmortization)));
  }

  private static boolean optional(Checks checks, Double value, String field) {
    boolean ok = value == null || Double.isFinite(value);
    checks.require(ok, field, "must be a finite number");
    return ok;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
