package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.mna.MnaAccretionGrid;
import com.valorivx.engine.realoption.RealOptionVolatilityProfile;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DealChartsTest {

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void epsBarsColourTheProFormaBarByTheSignOfAccretion() {
    JsonObject accretive = parse(DealCharts.epsChart(5, 5.34));
    JsonObject dataset = accretive.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);

    assertThat(accretive.getString("type")).isEqualTo("bar");
    assertThat(dataset.getJsonArray("data").getJsonNumber(1).doubleValue()).isEqualTo(5.34);
    String dilutiveColour = parse(DealCharts.epsChart(5, 4.5)).getJsonObject("data").getJsonArray("datasets")
        .getJsonObject(0).getJsonArray("backgroundColor").getString(1);
    assertThat(dataset.getJsonArray("backgroundColor").getString(1)).isNotEqualTo(dilutiveColour);
  }

  @Test
  void accretionTableMarksTheDealAndShadesBySign() {
    MnaAccretionGrid grid = new MnaAccretionGrid(List.of(0.0, 0.25), List.of(0.0, 0.4), List.of(1200.0, 1500.0),
        List.of(List.of(0.12, 0.05), List.of(0.09, -0.02)), List.of(List.of(5.6, 5.25), List.of(5.45, 4.9)));

    HeatTable table = DealCharts.accretionTable(grid, 1500, 0.4);

    assertThat(table.columnHeaders()).containsExactly("0.00%", "40.00%");
    assertThat(table.rows().get(1).header()).isEqualTo("25.00% · 1,500.00");
    HeatTable.Cell deal = table.rows().get(1).cells().get(1);
    assertThat(deal.base()).isTrue();
    assertThat(deal.text()).isEqualTo("-2.00%");
    assertThat(deal.style()).contains("214, 60, 60");
    assertThat(table.rows().get(0).cells().get(0).style()).contains("34, 160, 90");
    assertThat(table.rows().get(0).cells().get(0).base()).isFalse();
    assertThat(deal.title()).isEqualTo("Pro forma EPS 4.90");
  }

  @Test
  void volatilityChartHasOneLabelAndTwoLinesPerVolatility() {
    JsonObject chart = parse(DealCharts.volatilityChart(new RealOptionVolatilityProfile(List.of(0.1, 0.2),
        List.of(1.5, 3.25), List.of(5.5, 7.25))));

    assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("20.00%");
    assertThat(chart.getJsonObject("data").getJsonArray("datasets")).hasSize(2);
    assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data")
        .getJsonNumber(1).doubleValue()).isEqualTo(7.25);
  }
}
