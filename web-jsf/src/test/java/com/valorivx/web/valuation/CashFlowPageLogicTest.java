package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.analytics.DatedFlow;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cash-flow page's form and NPV profile. */
class CashFlowPageLogicTest {

  @Test
  void datedLinesBecomeFlowsAndBadLinesAreNamedByLine() {
    CashFlowForm form = new CashFlowForm();
    form.setDatedFlows("2008-01-01, -10000\n\n2008-03-01; 2750\n");

    assertThat(form.toDatedFlows()).containsExactly(new DatedFlow("2008-01-01", -10000.0), new DatedFlow("2008-03-01", 2750.0));

    form.setDatedFlows("2008-01-01, -10000\n2008-03-01, lots\njust a date");
    assertThatThrownBy(form::toDatedFlows).isInstanceOfSatisfying(InvalidAssumptionsException.class,
        e -> assertThat(CashFlowForm.byLine(e.errors())).extracting(FieldError::message)
            .containsExactly("Line 2: amount 'lots' is not a number",
                "Line 3: write a date and an amount, e.g. 2008-01-01, -10000"));
  }

  @Test
  void serviceErrorsOnSingleFlowsLandOnTheFlowsInputWithTheirLine() {
    List<FieldError> mapped = CashFlowForm.byLine(List.of(new FieldError("flows[4].date", "must be a date"),
        new FieldError("rate", "is required")));

    assertThat(mapped).containsExactly(new FieldError("flows", "Line 5: date must be a date"),
        new FieldError("rate", "is required"));
  }

  @Test
  void profileSpansZeroTheRateAndTheIrr() {
    List<Double> rates = NpvProfileChart.rates(0.3734, 0.09);

    assertThat(rates).hasSize(NpvProfileChart.POINTS).isSorted();
    assertThat(rates.get(0)).isEqualTo(0.0);
    assertThat(rates.get(rates.size() - 1)).isCloseTo(2 * 0.3734, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(NpvProfileChart.rates(-0.2, 0.1).get(0)).isCloseTo(-0.25, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(NpvProfileChart.rates(null, 0.1).get(NpvProfileChart.POINTS - 1)).isEqualTo(0.30);
  }

  @Test
  void chartMarksTheIrrOnTheZeroLine() {
    JsonObject chart = Json.createReader(new StringReader(
        NpvProfileChart.json(List.of(0.0, 0.1), List.of(50.0, -5.0), 0.0866, 0.1, -5.0))).readObject();

    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(datasets).hasSize(3);
    JsonObject irr = datasets.getJsonObject(1);
    assertThat(irr.getString("label")).isEqualTo("IRR 8.66%");
    assertThat(irr.getJsonArray("data").getJsonObject(0).getJsonNumber("x").doubleValue()).isEqualTo(8.66);
    assertThat(irr.getJsonArray("data").getJsonObject(0).getJsonNumber("y").doubleValue()).isZero();
    assertThat(NpvProfileChart.json(List.of(0.0), List.of(1.0), null, 0.1, 1.0)).doesNotContain("IRR");
  }
}
