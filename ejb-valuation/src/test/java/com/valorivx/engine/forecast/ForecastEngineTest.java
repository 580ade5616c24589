package com.valorivx.engine.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.valorivx.engine.common.InvalidAssumptionsException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecastEngineTest {

  /** Microsoft prints TREND's predictions rounded to whole currency units. */
  private static final double PUBLISHED_ROUNDING = 0.5;
  private static final double EXACT = 1e-9;
  /** Hand arithmetic below is carried to 4–6 significant figures. */
  private static final double HAND = 1e-4;

  private static final Set<ForecastMethod> BOTH = Set.of(ForecastMethod.LINEAR_TREND, ForecastMethod.HOLT);

  private static ForecastAssumptions of(List<Double> history, int horizon, Set<ForecastMethod> methods, Double alpha,
      Double beta, int holdout) {
    return new ForecastAssumptions(history, horizon, methods, alpha, beta, 0.95, holdout);
  }

  /**
   * Microsoft Support, "TREND function" (Excel), example: monthly costs for months 1–12 of
   * 133,890 … 145,290; =TREND(B2:B13,A2:A13,A15:A19) predicts months 13–17 as $146,172, $147,190,
   * $148,208, $149,226 and $150,244.
   */
  @Test
  void linearTrendReproducesMicrosoftsTrendExample() {
    List<Double> costs = List.of(133890.0, 135000.0, 135790.0, 137300.0, 138130.0, 139100.0, 139900.0, 141120.0,
        141890.0, 143230.0, 144000.0, 145290.0);
    MethodForecast trend = ForecastEngine.DEFAULT.forecast(of(costs, 5, Set.of(ForecastMethod.LINEAR_TREND), null,
        null, 2)).methods().get(0);
    double[] published = {146172, 147190, 148208, 149226, 150244};
    for (int h = 0; h < published.length; h++) {
      assertEquals(published[h], trend.points().get(h).value(), PUBLISHED_ROUNDING, "month " + (13 + h));
    }
  }

  /**
   * Exact OLS prediction interval by hand, y = 1, 3, 2, 5, 4 at t = 1..5: t̄ = 3, Σ(t − t̄)² = 10,
   * Σ(t − t̄)(y − ȳ) = 8 → slope 0.8, intercept 3 − 0.8·3 = 0.6; fitted 1.4, 2.2, 3.0, 3.8, 4.6,
   * residuals −0.4, 0.8, −1.0, 1.2, −0.6 → SSE 3.6, s² = 3.6/3 = 1.2. At t₀ = 6: ŷ = 5.4,
   * √(1 + 1/5 + 9/10) = √2.1; t_{0.975, 3} = 3.182446 (Student-t table) → half-width
   * 3.182446 · √1.2 · √2.1 = 5.052025.
   */
  @Test
  void linearTrendIntervalIsTheExactOlsPredictionInterval() {
    MethodForecast trend = ForecastEngine.DEFAULT.forecast(of(List.of(1.0, 3.0, 2.0, 5.0, 4.0), 2,
        Set.of(ForecastMethod.LINEAR_TREND), null, null, 1)).methods().get(0);
    assertEquals(0.8, trend.parameters().get("slope"), EXACT);
    assertEquals(0.6, trend.parameters().get("intercept"), EXACT);
    assertEquals(Math.sqrt(1.2), trend.parameters().get("standardError"), EXACT);
    ForecastPoint first = trend.points().get(0);
    assertEquals(5.4, first.value(), EXACT);
    assertEquals(5.4 - 5.052025, first.lower(), HAND);
    assertEquals(5.4 + 5.052025, first.upper(), HAND);
  }

  /**
   * Holt's recursion (Hyndman &amp; Athanasopoulos, FPP 3rd ed. §8.2) by hand for y = 10, 12, 13, 15, 18,
   * α = 0.5, β* = 0.4, ℓ₁ = 10, b₁ = 2:
   * t = 3: ŷ = 12 + 2 = 14 after ℓ₂ = 0.5·12 + 0.5·12 = 12, b₂ = 0.4·2 + 0.6·2 = 2; e = −1;
   *        ℓ₃ = 0.5·13 + 0.5·14 = 13.5, b₃ = 0.4·1.5 + 0.6·2 = 1.8.
   * t = 4: ŷ = 15.3, e = −0.3; ℓ₄ = 15.15, b₄ = 0.4·1.65 + 0.6·1.8 = 1.74.
   * t = 5: ŷ = 16.89, e = 1.11; ℓ₅ = 17.445, b₅ = 0.4·2.295 + 0.6·1.74 = 1.962.
   * Forecasts 19.407, 21.369, 23.331; σ² = (1 + 0.09 + 1.2321)/3 = 0.774033.
   * Variance factors with β = αβ* = 0.2: h = 2: 1 + 1·(0.25 + 0.2 + 0.04·2·3/6) = 1.49;
   * h = 3: 1 + 2·(0.25 + 0.3 + 0.04·3·5/6) = 2.3, equal to 1 + Σ_{j<h}(α + βj)² (0.7², 0.9²).
   */
  @Test
  void holtFollowsTheHandComputedRecursion() {
    MethodForecast holt = ForecastEngine.DEFAULT.forecast(of(List.of(10.0, 12.0, 13.0, 15.0, 18.0), 3,
        Set.of(ForecastMethod.HOLT), 0.5, 0.4, 1)).methods().get(0);
    assertEquals(17.445, holt.parameters().get("level"), EXACT);
    assertEquals(1.962, holt.parameters().get("trend"), EXACT);
    assertEquals(Math.sqrt(2.3221 / 3), holt.parameters().get("sigma"), EXACT);
    double[] expected = {19.407, 21.369, 23.331};
    double[] factors = {1, 1.49, 2.3};
    double z = 1.959964;
    for (int h = 0; h < 3; h++) {
      ForecastPoint p = holt.points().get(h);
      assertEquals(expected[h], p.value(), EXACT);
      assertEquals(z * Math.sqrt(0.774033 * factors[h]), p.upper() - p.value(), HAND);
    }
    assertEquals(List.of(14.0, 15.3, 16.89), holt.fitted().subList(2, 5).stream()
        .map(v -> Math.round(v * 1e9) / 1e9).toList());
  }

  @Test
  void holtVarianceFactorEqualsTheSumOfSquaredErrorWeights() {
    double alpha = 0.37;
    double beta = alpha * 0.21;
    double sum = 1;
    for (int h = 1; h <= 30; h++) {
      assertEquals(sum, ForecastEngine.holtVarianceFactor(alpha, beta, h), 1e-12, "h = " + h);
      sum += (alpha + beta * h) * (alpha + beta * h);
    }
  }

  @Test
  void aPerfectLineIsForecastExactlyByBothMethodsWithZeroWidthAndZeroMape() {
    List<Double> line = List.of(5.0, 7.0, 9.0, 11.0, 13.0, 15.0, 17.0, 19.0);
    ForecastResult result = ForecastEngine.DEFAULT.forecast(of(line, 4, BOTH, null, null, 2));
    for (MethodForecast m : result.methods()) {
      for (ForecastPoint p : m.points()) {
        assertEquals(19 + 2 * p.step(), p.value(), 1e-9, m.method() + " step " + p.step());
        assertEquals(0, p.upper() - p.lower(), 1e-9, m.method() + " interval");
      }
      assertEquals(0, m.mape(), 1e-12, m.method() + " MAPE");
    }
  }

  @Test
  void intervalsWidenWithTheHorizon() {
    List<Double> revenue = List.of(100.0, 108.0, 113.0, 125.0, 128.0, 140.0, 139.0, 152.0, 160.0, 163.0);
    for (MethodForecast m : ForecastEngine.DEFAULT.forecast(of(revenue, 12, BOTH, null, null, 2)).methods()) {
      for (int h = 1; h < m.points().size(); h++) {
        ForecastPoint before = m.points().get(h - 1);
        ForecastPoint p = m.points().get(h);
        assertTrue(p.upper() - p.lower() > before.upper() - before.lower(), m.method() + " step " + p.step());
        assertTrue(p.lower() < p.value() && p.value() < p.upper(), m.method() + " step " + p.step());
      }
    }
  }

  @Test
  void fittedHoltParametersBeatEveryGridPointAndTheRecommendationHasTheLowestMape() {
    double[] y = {100, 108, 113, 125, 128, 140, 139, 152, 160, 163};
    double[] fit = ForecastEngine.fitHolt(y);
    double fitted = ForecastEngine.holtSse(y, fit[0], fit[1]);
    for (double a = 0.05; a < 1; a += 0.05) {
      for (double b = 0.05; b < 1; b += 0.05) {
        assertTrue(fitted <= ForecastEngine.holtSse(y, a, b) + 1e-9, "α " + a + " β " + b);
      }
    }
    ForecastResult result = ForecastEngine.DEFAULT.forecast(of(
        List.of(100.0, 108.0, 113.0, 125.0, 128.0, 140.0, 139.0, 152.0, 160.0, 163.0), 3, BOTH, null, null, 3));
    double lowest = result.methods().stream().mapToDouble(MethodForecast::mape).min().orElseThrow();
    MethodForecast recommended = result.methods().stream().filter(m -> m.method() == result.recommended())
        .findFirst().orElseThrow();
    assertEquals(lowest, recommended.mape(), 0);
    assertEquals(3, recommended.backtest().size());
  }

  @Test
  void mapeIsTheMeanAbsolutePercentageError() {
    assertEquals((0.1 + 0.05) / 2, ForecastEngine.mape(new double[] {100, 200}, List.of(110.0, 190.0)), EXACT);
  }

  @Test
  void rejectsBadInputNamingEveryField() {
    InvalidAssumptionsException e = assertThrows(InvalidAssumptionsException.class,
        () -> new ForecastAssumptions(List.of(1.0, Double.NaN, 3.0), 0, BOTH, 1.5, 0.2, 1.0, 1));
    String fields = e.errors().toString();
    for (String field : List.of("history[1]", "history", "horizon", "alpha", "confidence")) {
      assertTrue(fields.contains("field=" + field + ",") || fields.contains(field), fields);
    }
    InvalidAssumptionsException zero = assertThrows(InvalidAssumptionsException.class,
        () -> of(List.of(1.0, 2.0, 3.0, 0.0), 1, Set.of(ForecastMethod.LINEAR_TREND), null, null, 1));
    assertTrue(zero.errors().toString().contains("history[3]"), zero.errors().toString());
    assertThrows(InvalidAssumptionsException.class,
        () -> of(List.of(1.0, 2.0, 3.0, 4.0), 1, BOTH, 0.5, null, 1));
    assertThrows(InvalidAssumptionsException.class,
        () -> of(List.of(1.0, 2.0, 3.0, 4.0), 121, BOTH, null, null, 1));
    assertThrows(InvalidAssumptionsException.class,
        () -> of(List.of(1.0, 2.0, 3.0, 4.0), 1, BOTH, null, null, 2));
  }
}
