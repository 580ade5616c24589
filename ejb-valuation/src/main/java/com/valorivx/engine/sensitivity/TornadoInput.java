package com.valorivx.engine.sensitivity;

import static com.valorivx.engine.sensitivity.SwingKind.ABSOLUTE;
import static com.valorivx.engine.sensitivity.SwingKind.RELATIVE;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.RevenueProjection;
import com.valorivx.engine.dcf.TerminalValueAssumption.ExitMultiple;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.dcf.WaccAssumptions;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * A DCF input a tornado can swing, named by its request field path ({@link #key()}). Rates swing
 * {@link SwingKind#ABSOLUTE absolutely} (0.01 = one percentage point), amounts, multiples and beta
 * {@link SwingKind#RELATIVE relatively} (0.10 = 10 % of the input). Inputs given per year
 * ({@code projection.revenueGrowth}, {@code projection.ebitMargin}, {@code freeCashFlows}) move
 * every year by the same swing and report year 1's value. {@code discountRate} swings the rate
 * itself, also when the base builds it as a WACC (the swung rate then replaces the WACC).
 */
public enum TornadoInput {

  DISCOUNT_RATE("discountRate", "Discount rate", ABSOLUTE, 0.01) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return true;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return a.discountRate().rate();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, new DiscountRateAssumption.Given(change.applyAsDouble(a.discountRate().rate())));
    }
  },
  TERMINAL_GROWTH("terminal.growth", "Terminal growth", ABSOLUTE, 0.005) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.terminal() instanceof GordonGrowth;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return ((GordonGrowth) a.terminal()).growth();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.terminal(a, new GordonGrowth(change.applyAsDouble(baseValue(a))));
    }
  },
  EXIT_MULTIPLE("terminal.multiple", "Exit multiple", RELATIVE, 0.10) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.terminal() instanceof ExitMultiple;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return ((ExitMultiple) a.terminal()).multiple();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      ExitMultiple exit = (ExitMultiple) a.terminal();
      return DcfRebuild.terminal(a, new ExitMultiple(change.applyAsDouble(exit.multiple()), exit.terminalEbitda()));
    }
  },
  TERMINAL_EBITDA("terminal.terminalEbitda", "Terminal EBITDA", RELATIVE, 0.10) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.terminal() instanceof ExitMultiple exit && exit.terminalEbitda() != null;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return ((ExitMultiple) a.terminal()).terminalEbitda();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      ExitMultiple exit = (ExitMultiple) a.terminal();
      return DcfRebuild.terminal(a, new ExitMultiple(exit.multiple(), change.applyAsDouble(exit.terminalEbitda())));
    }
  },
  FREE_CASH_FLOWS("freeCashFlows", "Free cash flows (all years)", RELATIVE, 0.10) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.cashFlows() instanceof ExplicitCashFlows;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return ((ExplicitCashFlows) a.cashFlows()).freeCashFlows().get(0);
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      ExplicitCashFlows flows = (ExplicitCashFlows) a.cashFlows();
      return DcfRebuild.cashFlows(a, new ExplicitCashFlows(DcfRebuild.map(flows.freeCashFlows(), change)));
    }
  },
  BASE_REVENUE("projection.baseRevenue", "Base revenue", RELATIVE, 0.10) {
    @Override
    double baseValue(DcfAssumptions a) {
      return projection(a).baseRevenue();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.cashFlows(a, DcfRebuild.projection(projection(a), change.applyAsDouble(baseValue(a)), null, null));
    }
  },
  REVENUE_GROWTH("projection.revenueGrowth", "Revenue growth (all years)", ABSOLUTE, 0.01) {
    @Override
    double baseValue(DcfAssumptions a) {
      return projection(a).revenueGrowth().get(0);
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.cashFlows(a, DcfRebuild.growth(projection(a), change));
    }
  },
  EBIT_MARGIN("projection.ebitMargin", "EBIT margin (all years)", ABSOLUTE, 0.01) {
    @Override
    double baseValue(DcfAssumptions a) {
      return projection(a).ebitMargin().get(0);
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.cashFlows(a, DcfRebuild.margin(projection(a), change));
    }
  },
  TAX_RATE("projection.taxRate", "Tax rate", ABSOLUTE, 0.05) {
    @Override
    double baseValue(DcfAssumptions a) {
      return projection(a).taxRate();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.cashFlows(a, DcfRebuild.projection(projection(a), null, change.applyAsDouble(baseValue(a)), null));
    }
  },
  SALES_TO_CAPITAL("projection.salesToCapital", "Sales to capital", RELATIVE, 0.10) {
    @Override
    double baseValue(DcfAssumptions a) {
      return projection(a).salesToCapital();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.cashFlows(a, DcfRebuild.projection(projection(a), null, null, change.applyAsDouble(baseValue(a))));
    }
  },
  COST_OF_EQUITY("wacc.costOfEquity", "Cost of equity", ABSOLUTE, 0.01) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.discountRate() instanceof WaccAssumptions w && w.costOfEquity() != null;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).costOfEquity();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), change.applyAsDouble(baseValue(a)), null, null, null, null, null, null));
    }
  },
  RISK_FREE_RATE("wacc.riskFreeRate", "Risk-free rate", ABSOLUTE, 0.01) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return capm(a);
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).riskFreeRate();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), null, change.applyAsDouble(baseValue(a)), null, null, null, null, null));
    }
  },
  BETA("wacc.beta", "Beta", RELATIVE, 0.10) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return capm(a);
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).beta();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), null, null, change.applyAsDouble(baseValue(a)), null, null, null, null));
    }
  },
  EQUITY_RISK_PREMIUM("wacc.equityRiskPremium", "Equity risk premium", ABSOLUTE, 0.01) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return capm(a);
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).equityRiskPremium();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), null, null, null, change.applyAsDouble(baseValue(a)), null, null, null));
    }
  },
  PRE_TAX_COST_OF_DEBT("wacc.preTaxCostOfDebt", "Pre-tax cost of debt", ABSOLUTE, 0.01) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.discountRate() instanceof WaccAssumptions;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).preTaxCostOfDebt();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), null, null, null, null, change.applyAsDouble(baseValue(a)), null, null));
    }
  },
  EQUITY_WEIGHT("wacc.equityWeight", "Equity weight", ABSOLUTE, 0.05) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return a.discountRate() instanceof WaccAssumptions;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return wacc(a).equityWeight();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.rate(a, DcfRebuild.wacc(wacc(a), null, null, null, null, null, null, change.applyAsDouble(baseValue(a))));
    }
  },
  NET_DEBT("netDebt", "Net debt", RELATIVE, 0.10) {
    @Override
    boolean appliesTo(DcfAssumptions a) {
      return true;
    }

    @Override
    double baseValue(DcfAssumptions a) {
      return a.netDebt();
    }

    @Override
    DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change) {
      return DcfRebuild.netDebt(a, change.applyAsDouble(a.netDebt()));
    }
  };

  private final String key;
  private final String label;
  private final SwingKind kind;
  private final double defaultSwing;

  TornadoInput(String key, String label, SwingKind kind, double defaultSwing) {
    this.key = key;
    this.label = label;
    this.kind = kind;
    this.defaultSwing = defaultSwing;
  }

  /** The request field path this input edits, e.g. {@code terminal.growth}; the key of its swing. */
  public String key() {
    return key;
  }

  /** What a person reads beside the bar. */
  public String label() {
    return label;
  }

  public SwingKind kind() {
    return kind;
  }

  /** The swing used when the caller gives none: 0.01 for most rates, 10 % for amounts and multiples. */
  public double defaultSwing() {
    return defaultSwing;
  }

  /** The input whose {@link #key()} is {@code key}. */
  public static Optional<TornadoInput> ofKey(String key) {
    return Arrays.stream(values()).filter(input -> input.key.equals(key)).findFirst();
  }

  /** Whether the base has this input (a projection input needs a projection, and so on). */
  boolean appliesTo(DcfAssumptions a) {
    return a.cashFlows() instanceof RevenueProjection;
  }

  /** The input's value in {@code a} (year 1's for inputs given per year). */
  abstract double baseValue(DcfAssumptions a);

  /** {@code a} with this input changed by {@code change}; the constructors reject impossible values. */
  abstract DcfAssumptions swung(DcfAssumptions a, DoubleUnaryOperator change);

  /** The input value {@code signedSwing} away from {@code base}: added, or as a share of it. */
  double moved(double base, double signedSwing) {
    return kind == ABSOLUTE ? base + signedSwing : base * (1 + signedSwing);
  }

  private static RevenueProjection projection(DcfAssumptions a) {
    return (RevenueProjection) a.cashFlows();
  }

  private static WaccAssumptions wacc(DcfAssumptions a) {
    return (WaccAssumptions) a.discountRate();
  }

  private static boolean capm(DcfAssumptions a) {
    return a.discountRate() instanceof WaccAssumptions w && w.costOfEquity() == null;
  }
}
