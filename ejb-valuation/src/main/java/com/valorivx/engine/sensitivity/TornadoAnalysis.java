package com.valorivx.engine.sensitivity;

import com.valorivx.engine.dcf.DcfValuation;
import java.util.List;

/**
 * A tornado: the base valuation and one bar per swung input, widest value-per-share spread first.
 *
 * @param base the base DCF, exactly as {@code DcfEngine} values it
 */
public record TornadoAnalysis(DcfValuation base, List<TornadoBar> bars) {

  public TornadoAnalysis {
    bars = List.copyOf(bars);
  }

  /**
   * One input swung down ({@code low}) and up ({@code high}). {@code low} is the input moved down,
   * which need not give the lower value (a lower discount rate gives a higher one).
   *
   * @param swing the swing applied, in the unit {@code kind} says
   * @param baseValue the input's base value (year 1's for inputs given per year)
   * @param valuePerShareSpread max − min of value per share over the valid ones of low, base and
   *     high; 0 when neither side can be valued
   * @param enterpriseValueSpread the same for enterprise value
   * @param invalid whether a side could not be valued (see its {@code invalidReason})
   */
  public record TornadoBar(TornadoInput input, double swing, double baseValue, TornadoPoint low, TornadoPoint high,
      double valuePerShareSpread, double enterpriseValueSpread, boolean invalid) {
  }

  /**
   * One side of a bar: the swung input value and the valuation it gives, or, when the swung input
   * makes the model impossible (a discount rate at or below the terminal growth), no values and
   * the reason.
   */
  public record TornadoPoint(double inputValue, Double enterpriseValue, Double equityValue, Double valuePerShare,
      String invalidReason) {

    public boolean valid() {
      return invalidReason == null;
    }
  }
}
