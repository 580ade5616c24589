package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class MonteCarloResultViewTest {

  private static final String RESULT = """
      {"runId":"7c1e0000-0000-0000-0000-000000000001","paths":1000,"validPaths":990,"invalidPaths":10,
       "mean":12.5,"median":12.0,"stdDev":2.0,"standardError":0.06,
       "percentiles":{"p5":9.0,"p25":11.0,"p50":12.0,"p75":13.5,"p95":16.0},
       "histogram":[{"from":8,"to":10,"count":100},{"from":10,"to":12,"count":300},
                    {"from":12,"to":14,"count":400},{"from":14,"to":16,"count":150},{"from":16,"to":18,"count":20}],
       "probabilityAbovePrice":0.75,"price":10.0}
      """;

  @Test
  void readsTheHeadlineStatistics() {
    MonteCarloResultView view = MonteCarloResultView.of(RESULT);

    assertThat(view.mean()).isEqualTo(12.5);
    assertThat(view.p5()).isEqualTo(9.0);
    assertThat(view.p95()).isEqualTo(16.0);
    assertThat(view.probabilityAbovePrice()).isEqualTo(0.75);
    assertThat(view.validPaths()).isEqualTo(990);
  }

  @Test
  void theChartMarksTheBinsHoldingP5P50AndP95() {
    JsonObject chart = Json.createReader(new StringReader(MonteCarloResultView.of(RESULT).chartJson())).readObject();
    JsonObject dataset = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
    JsonArray colours = dataset.getJsonArray("backgroundColor");

    assertThat(dataset.getJsonArray("data").getJsonNumber(2).longValue()).isEqualTo(400);
    // P5 = 9 in [8, 10), P50 = 12 in [12, 14), P95 = 16 in [16, 18); [10, 12) and [14, 16) are plain.
    assertThat(colours.getString(0)).isEqualTo(colours.getString(4)).isNotEqualTo(colours.getString(1));
    assertThat(colours.getString(2)).isNotEqualTo(colours.getString(0)).isNotEqualTo(colours.getString(1));
    assertThat(colours.getString(1)).isEqualTo(colours.getString(3));
    assertThat(chart.toString()).contains("P5 9.00", "P50 12.00", "P95 16.00");
  }

  @Test
  void theFormSendsOnlyTheParametersOfEachChosenType() {
    MonteCarloForm form = new MonteCarloForm();
    form.getRate().setType("NONE");
    form.getGrowth().setMin(0.5);

    var request = form.toRequest();

    assertThat(request.distributions().discountRate()).isNull();
    assertThat(request.distributions().revenueGrowth().min()).isNull();
    assertThat(request.distributions().ebitMargin().mode()).isEqualTo(0.15);
    assertThat(request.distributions().terminalGrowth().mode()).isNull();
    assertThat(request.toAssumptions().paths()).isEqualTo(1_000_000);
  }
}
