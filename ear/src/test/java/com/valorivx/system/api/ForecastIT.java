package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The forecast endpoint over HTTP: published trend example, both methods on a line, the stored run, field errors. */
class ForecastIT {

  static final String FORECAST = "/api/v1/analytics/forecast";
  /** Microsoft prints TREND's predictions rounded to whole currency units. */
  private static final double PUBLISHED_ROUNDING = 0.5;

  private final ApiClient admin = ApiClient.asAdmin();

  /**
   * Microsoft Support, "TREND function" (Excel): costs 133,890 … 145,290 for months 1–12 predict
   * months 13–17 as 146,172, 147,190, 148,208, 149,226 and 150,244.
   */
  @Test
  void microsoftsTrendExampleIsForecastAndStored() {
    JsonObject request = Json.createObjectBuilder().add("name", "Costs").add("history", values(133890, 135000,
        135790, 137300, 138130, 139100, 139900, 141120, 141890, 143230, 144000, 145290)).add("horizon", 5)
        .add("method", "LINEAR_TREND").build();
    ApiResponse response = admin.post(FORECAST, request);

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    JsonObject answer = response.json();
    assertThat(URI.create(response.location()).getPath()).isEqualTo("/api/v1/valuations/" + answer.getString("id"));
    assertThat(answer.getString("recommended")).isEqualTo("LINEAR_TREND");
    assertThat(answer.getInt("holdout")).isEqualTo(2);
    JsonObject trend = answer.getJsonArray("methods").getJsonObject(0);
    double[] published = {146172, 147190, 148208, 149226, 150244};
    for (int h = 0; h < published.length; h++) {
      JsonObject point = trend.getJsonArray("points").getJsonObject(h);
      assertThat(point.getJsonNumber("value").doubleValue()).isCloseTo(published[h], within(PUBLISHED_ROUNDING));
      assertThat(point.getJsonNumber("lower").doubleValue()).isLessThan(point.getJsonNumber("value").doubleValue());
    }

    JsonObject run = admin.get(response.location()).json();
    assertThat(run.getString("kind")).isEqualTo("FORECAST");
    assertThat(run.getString("name")).isEqualTo("Costs");
    assertThat(run.getJsonObject("result").getString("recommended")).isEqualTo("LINEAR_TREND");
  }

  @Test
  void bothMethodsForecastALineExactlyWithZeroBacktestError() {
    JsonObjectBuilder series = Json.createObjectBuilder();
    JsonArrayBuilder points = Json.createArrayBuilder();
    for (int year = 2016; year <= 2025; year++) {
      points.add(Json.createObjectBuilder().add("period", String.valueOf(year)).add("value", 100 + 10 * (year - 2016)));
    }
    JsonObject answer = created(series.add("series", points).add("horizon", 3).build());
    assertThat(answer.getJsonArray("methods")).hasSize(2);
    for (JsonValue m : answer.getJsonArray("methods")) {
      JsonObject method = m.asJsonObject();
      assertThat(method.getJsonNumber("mape").doubleValue()).as(method.getString("method")).isCloseTo(0, within(1e-9));
      assertThat(method.getJsonArray("points").getJsonObject(2).getJsonNumber("value").doubleValue())
          .isCloseTo(220, within(1e-6));
    }
  }

  @Test
  void badInputsAreRejectedByField() {
    JsonObject several = assertRejects(admin.post(FORECAST, Json.createObjectBuilder().add("history", values(1, 2, 3))
        .add("horizon", 121).add("method", "HOLT").add("alpha", 1.5).add("beta", 0.2).build()), "horizon");
    assertThat(fields(several)).containsExactlyInAnyOrder("history", "horizon", "alpha");
    assertRejects(admin.post(FORECAST, Json.createObjectBuilder().add("history", values(5, 6, 7, 0)).add("horizon", 1)
        .add("method", "LINEAR_TREND").build()), "history[3]");
    assertRejects(admin.post(FORECAST, Json.createObjectBuilder().add("history", values(5, 6, 7, 8)).add("horizon", 1)
        .add("method", "ARIMA").build()), "method");
  }

  private JsonObject created(JsonObject request) {
    ApiResponse response = admin.post(FORECAST, request);
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return response.json();
  }

  private static JsonArrayBuilder values(double... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    for (double v : values) {
      array.add(v);
    }
    return array;
  }
}
