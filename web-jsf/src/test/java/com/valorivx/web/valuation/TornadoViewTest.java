package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.dcf.DcfAssumptions;
import com.valorivx.engine.dcf.DiscountRateAssumption.Given;
import com.valorivx.engine.dcf.ExplicitCashFlows;
import com.valorivx.engine.dcf.TerminalValueAssumption.GordonGrowth;
import com.valorivx.engine.sensitivity.TornadoAssumptions;
import com.valorivx.engine.sensitivity.TornadoEngine;
import com.valorivx.engine.sensitivity.TornadoInput;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DCF page's tornado: rows in the engine's order, rates in points, invalid sides without a bar. */
class TornadoViewTest {

  // One year of FCF 100 at 10 %, g 0: EV = 100/(r − g) = 1,000; 200 net debt, 100 shares → 8.00 a share.
  private static final DcfAssumptions BASE = new DcfAssumptions(new ExplicitCashFlows(List.of(100.0)), new Given(0.10),
      new GordonGrowth(0.0), false, 200, 0, 0, 100);

  @Test
  void rowsReadAsPeopleWriteTheSwings() {
    TornadoView view = TornadoView.of(TornadoEngine.DEFAULT.analyse(new TornadoAssumptions(BASE, Map.of())));

    assertThat(view.baseValuePerShare()).isCloseTo(8.0, within(1e-12));
    assertThat(view.rows()).extracting(TornadoView.Row::label)
        .containsExactly("Discount rate", "Free cash flows (all years)", "Terminal growth", "Net debt");
    TornadoView.Row rate = view.rows().get(0);
    assertThat(rate.swing()).isEqualTo("± 1 pt");
    assertThat(rate.baseInput()).isEqualTo("10.00%");
    assertThat(rate.lowInput()).isEqualTo("9.00%");
    assertThat(rate.highInput()).isEqualTo("11.00%");
    TornadoView.Row debt = view.rows().get(3);
    assertThat(debt.swing()).isEqualTo("± 10%");
    assertThat(debt.lowInput()).isEqualTo("180.00");
    assertThat(view.rows().get(2).swing()).isEqualTo("± 0.5 pt");
  }

  @Test
  void anInvalidSideHasNoBarAndItsReasonIsKept() {
    TornadoView view = TornadoView.of(TornadoEngine.DEFAULT.analyse(
        new TornadoAssumptions(BASE, Map.of(TornadoInput.DISCOUNT_RATE, 0.10))));

    TornadoView.Row rate = view.rows().stream().filter(r -> r.label().equals("Discount rate")).findFirst().orElseThrow();
    assertThat(rate.lowValuePerShare()).isNull();
    // Down 10 points the rate is 0: not a discount rate at all.
    assertThat(rate.invalidReason()).startsWith("down: discountRate: must be a decimal rate in (0, 1]");

    JsonObject chart = Json.createReader(new StringReader(view.chartJson())).readObject();
    assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
    int index = view.rows().indexOf(rate);
    JsonArray down = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
    JsonArray up = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data");
    assertThat(down.get(index)).isEqualTo(JsonValue.NULL);
    // Floating bars start at the base value per share and end at the swung value.
    assertThat(up.getJsonArray(index).getJsonNumber(0).doubleValue()).isEqualTo(8.0);
    assertThat(up.getJsonArray(index).getJsonNumber(1).doubleValue()).isCloseTo(100 / 0.2 / 100 - 2, within(1e-4));
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(index)).contains("invalid");
  }
}
