package com.valorivx.web.valuation;

import com.valorivx.analytics.DatedFlow;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the cash-flow page edits: evenly spaced flows (NPV and IRR) or dated flows (XNPV and XIRR,
 * one "yyyy-mm-dd, amount" a line), a rate and an optional IRR guess. Pre-filled with the
 * spreadsheet examples: −70,000 then 12,000, 15,000, 18,000, 21,000, 26,000 (IRR 8.66 %), and
 * the five dated flows from 2008-01-01 (XIRR 37.34 %).
 */
public class CashFlowForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern LINE_ERROR = Pattern.compile("^flows\\[(\\d+)]\\.?(.*)$");

  /** Whether flows are a period apart or carry their dates. */
  public enum Spacing { EVEN, DATED }

  private Spacing spacing = Spacing.EVEN;
  private List<Double> cashFlows = new ArrayList<>(List.of(-70_000.0, 12_000.0, 15_000.0, 18_000.0, 21_000.0, 26_000.0));
  private String datedFlows = String.join("\n", "2008-01-01, -10000", "2008-03-01, 2750", "2008-10-30, 4250",
      "2009-02-15, 3250", "2009-04-01, 2750");
  private Double rate = 0.10;
  private boolean initialAtTimeZero = true;
  private Double guess;

  /** The dated lines as the service's flows; a line that is not "date, amount" is rejected with its line number. */
  public List<DatedFlow> toDatedFlows() {
    List<DatedFlow> flows = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    String[] lines = datedFlows == null ? new String[0] : datedFlows.strip().split("\\R");
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("[,;\\t]", 2);
      int index = flows.size();
      Double amount = null;
      if (parts.length < 2) {
        errors.add(new FieldError("flows[" + index + "]", "write a date and an amount, e.g. 2008-01-01, -10000"));
      } else {
        try {
          amount = Double.valueOf(parts[1].strip().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException e) {
          errors.add(new FieldError("flows[" + index + "].amount", "'" + parts[1].strip() + "' is not a number"));
        }
      }
      flows.add(new DatedFlow(parts[0].strip(), amount == null ? 0.0 : amount));
    }
    if (!errors.isEmpty()) {
      throw new InvalidAssumptionsException(errors);
    }
    return flows;
  }

  /**
   * The service's errors on single dated flows ({@code flows[2].date}) as errors on the flows input
   * that say which line ("Line 3: date must be ..."), so they show beside the text area.
   */
  public static List<FieldError> byLine(List<FieldError> errors) {
    List<FieldError> out = new ArrayList<>(errors.size());
    for (FieldError error : errors) {
      Matcher line = LINE_ERROR.matcher(error.field());
      if (line.matches()) {
        String part = line.group(2).isEmpty() ? "" : line.group(2) + " ";
        out.add(new FieldError("flows", "Line " + (Integer.parseInt(line.group(1)) + 1) + ": " + part + error.message()));
      } else {
        out.add(error);
      }
    }
    return out;
  }

  public boolean isDated() {
    return spacing == Spacing.DATED;
  }

  public Spacing getSpacing() {
    return spacing;
  }

  public void setSpacing(Spacing spacing) {
    this.spacing = spacing;
  }

  public List<Double> getCashFlows() {
    return cashFlows;
  }

  public void setCashFlows(List<Double> cashFlows) {
    this.cashFlows = cashFlows;
  }

  public String getDatedFlows() {
    return datedFlows;
  }

  public void setDatedFlows(String datedFlows) {
    this.datedFlows = datedFlows;
  }

  public Double getRate() {
    return rate;
  }

  public void setRate(Double rate) {
    this.rate = rate;
  }

  public boolean isInitialAtTimeZero() {
    return initialAtTimeZero;
  }

  public void setInitialAtTimeZero(boolean initialAtTimeZero) {
    this.initialAtTimeZero = initialAtTimeZero;
  }

  public Double getGuess() {
    return guess;
  }

  public void setGuess(Double guess) {
    this.guess = guess;
  }
}
