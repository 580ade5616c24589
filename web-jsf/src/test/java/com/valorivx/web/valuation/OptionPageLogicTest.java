package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.valuation.OptionProfile;
import com.valorivx.valuation.OptionRequest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options page's form mapping and chart. */
class OptionPageLogicTest {

  @Test
  void onlyTheChosenMethodsSettingsAreSent() {
    OptionForm form = new OptionForm();
    OptionRequest blackScholes = form.toRequest();
    assertThat(blackScholes.steps()).isNull();
    assertThat(blackScholes.paths()).isNull();
    assertThat(blackScholes.seed()).isNull();
    assertThat(blackScholes.spot()).isEqualTo(42.0);

    form.setMethod("BINOMIAL");
    assertThat(form.toRequest().steps()).isEqualTo(200);
    assertThat(form.toRequest().paths()).isNull();

    form.setMethod("MONTE_CARLO");
    OptionRequest monteCarlo = form.toRequest();
    assertThat(monteCarlo.steps()).isNull();
    assertThat(monteCarlo.paths()).isEqualTo(100_000);
    assertThat(monteCarlo.seed()).isEqualTo(42L);
  }

  @Test
  void chartDrawsValueAndIntrinsicValueOverANumericSpotAxis() {
    OptionProfile profile = new OptionProfile(List.of(new OptionProfile.Point(21, 0.01, 0),
        new OptionProfile.Point(63, 24.5, 23)), null, 20_000);

    JsonObject chart = Json.createReader(new StringReader(OptionChart.json(profile, 42, 4.76, "Monte Carlo"))).readObject();

    assertThat(chart.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getString("type"))
        .isEqualTo("linear");
    var datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("Option value (Monte Carlo)");
    assertThat(datasets.getJsonObject(1).getJsonArray("data").getJsonObject(1).getJsonNumber("y").doubleValue())
        .isEqualTo(23.0);
    assertThat(datasets.getJsonObject(2).getJsonArray("data").getJsonObject(0).getJsonNumber("x").doubleValue())
        .isEqualTo(42.0);
    assertThat(OptionChart.note(profile)).contains("20,000 Monte Carlo pairs");
    assertThat(OptionsBacking.methodLabel("BINOMIAL")).isEqualTo("binomial tree");
  }
}
