package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CashFlowChartTest {

  @Test
  void barsOfFreeCashFlowAndPresentValueByYear() {
    List<DcfResultView.YearRow> years = List.of(
        new DcfResultView.YearRow(1, null, null, null, 100, 1 / 1.1, 90.909090),
        new DcfResultView.YearRow(2, null, null, null, 110, 1 / 1.21, 90.909090));

    JsonObject chart = Json.createReader(new StringReader(CashFlowChart.json(years))).readObject();

    assertThat(chart.getString("type")).isEqualTo("bar");
    JsonObject data = chart.getJsonObject("data");
    assertThat(data.getJsonArray("labels").getValuesAs(jakarta.json.JsonString::getString)).containsExactly("Year 1", "Year 2");
    assertThat(data.getJsonArray("datasets")).hasSize(2);
    JsonObject presentValues = data.getJsonArray("datasets").getJsonObject(1);
    assertThat(presentValues.getString("label")).isEqualTo("Present value");
    assertThat(presentValues.getJsonArray("data").getJsonNumber(0).doubleValue()).isEqualTo(90.91);
  }
}
