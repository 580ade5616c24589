package com.valorivx.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.RecordingMonitor;
import com.valorivx.engine.common.WorkCancelledException;
import com.valorivx.engine.forecast.ForecastAssumptions;
import com.valorivx.engine.forecast.ForecastEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastBatchRequestTest {

  private static final List<Double> UP = List.of(100.0, 104.0, 109.0, 113.0, 118.0, 124.0, 129.0, 133.0);
  private static final List<Double> FLAT = List.of(50.0, 51.0, 49.0, 50.0, 52.0, 50.0);

  private static ForecastBatchRequest batch(List<ForecastBatchRequest.Series> series, Integer horizon) {
    return new ForecastBatchRequest("batch", series, horizon, "BOTH", null, null, null, null);
  }

  private static List<String> fields(ForecastBatchRequest request) {
    return assertThrows(InvalidAssumptionsException.class, request::toAssumptions).errors().stream()
        .map(FieldError::field).toList();
  }

  @Test
  void eachSeriesIsForecastAsTheSingleEndpointWouldInOrder() {
    ForecastBatchRequest request = batch(List.of(new ForecastBatchRequest.Series("up", UP),
        new ForecastBatchRequest.Series("flat", FLAT)), 3);
    RecordingMonitor monitor = RecordingMonitor.listening();

    ForecastBatchResult result = ForecastService.forecastAll(request, request.toAssumptions(), monitor);

    assertEquals(2, result.seriesCount());
    assertEquals(List.of("up", "flat"), result.forecasts().stream().map(ForecastBatchResult.Named::name).toList());
    ForecastAssumptions single = new ForecastRequest("up", UP, null, 3, "BOTH", null, null, null, null).toAssumptions();
    assertEquals(ForecastEngine.DEFAULT.forecast(single), result.forecasts().get(0).forecast());
    assertEquals(List.of(0L, 1L, 2L), monitor.done());
  }

  @Test
  void aSeriesFieldIsNamedWithItsIndexAndACommonOptionOnce() {
    List<String> fields = fields(batch(List.of(new ForecastBatchRequest.Series("up", UP),
        new ForecastBatchRequest.Series("short", List.of(1.0, 2.0)), new ForecastBatchRequest.Series("up", FLAT)), 0));

    // series[0] is fine but for the common horizon, which is named once, before the later series' own fields
    assertEquals(List.of("horizon", "series[1].history", "series[2].name"), fields);
  }

  @Test
  void anEmptyBatchIsRejected() {
    assertEquals(List.of("series"), fields(batch(List.of(), 3)));
    assertEquals(List.of("series"), fields(batch(null, 3)));
  }

  @Test
  void aCancelledBatchStopsBetweenSeries() {
    ForecastBatchRequest request = batch(List.of(new ForecastBatchRequest.Series("a", UP),
        new ForecastBatchRequest.Series("b", UP), new ForecastBatchRequest.Series("c", UP)), 2);

    assertThrows(WorkCancelledException.class,
        () -> ForecastService.forecastAll(request, request.toAssumptions(), new RecordingMonitor(1)));
  }
}
