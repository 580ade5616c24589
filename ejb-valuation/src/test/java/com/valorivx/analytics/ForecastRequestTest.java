package com.valorivx.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.forecast.ForecastAssumptions;
import com.valorivx.engine.forecast.ForecastMethod;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForecastRequestTest {

  private static List<String> fields(ForecastRequest request) {
    return assertThrows(InvalidAssumptionsException.class, request::toAssumptions).errors().stream()
        .map(FieldError::field).toList();
  }

  @Test
  void defaultsAreBothMethodsNinetyFivePercentAndATwentyPercentHoldout() {
    ForecastAssumptions a = new ForecastRequest(null, List.of(1.0, 2.0, 4.0, 5.0, 7.0, 8.0, 9.0, 11.0, 12.0, 14.0),
        null, 3, null, null, null, null, null).toAssumptions();
    assertEquals(Set.of(ForecastMethod.LINEAR_TREND, ForecastMethod.HOLT), a.methods());
    assertEquals(0.95, a.confidence());
    assertEquals(2, a.holdout());
    assertEquals(1, ForecastAssumptions.defaultHoldout(4));
  }

  @Test
  void aSeriesGivesItsValuesAndPeriods() {
    ForecastRequest request = new ForecastRequest(null, null, List.of(new ForecastRequest.SeriesPoint("2021", 10.0),
        new ForecastRequest.SeriesPoint("2022", 12.0), new ForecastRequest.SeriesPoint("2023", 15.0)), 1,
        "LINEAR_TREND", null, null, null, null);
    assertEquals(List.of(10.0, 12.0, 15.0), request.toAssumptions().history());
    assertEquals(List.of("2021", "2022", "2023"), request.periods());
  }

  @Test
  void namesEveryBadField() {
    assertEquals(List.of("history", "horizon"), fields(new ForecastRequest(null, null, null, null, null, null, null,
        null, null)));
    assertEquals(List.of("method"), fields(new ForecastRequest(null, List.of(1.0, 2.0, 3.0, 4.0), null, 1, "ARIMA",
        null, null, null, null)));
    assertEquals(List.of("series[1].value"), fields(new ForecastRequest(null, null, Arrays.asList(
        new ForecastRequest.SeriesPoint("a", 1.0), new ForecastRequest.SeriesPoint("b", null)), 1, "LINEAR_TREND",
        null, null, null, null)));
    List<String> engine = fields(new ForecastRequest(null, List.of(1.0, 2.0, 3.0), null, 200, "HOLT", 0.0, 1.0, 1.0,
        null));
    assertTrue(engine.containsAll(List.of("history", "horizon", "alpha", "beta", "confidence")), engine.toString());
  }
}
