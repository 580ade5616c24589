package com.valorivx.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests as callers write them (API.md "Cash-flow functions") map to engine inputs, or name the bad field. */
class CashFlowRequestTest {

  private static final Jsonb JSON = JsonbBuilder.create();

  private static List<String> fields(Runnable mapping) {
    InvalidAssumptionsException e = catchThrowableOfType(mapping::run, InvalidAssumptionsException.class);
    assertThat(e).as("rejected").isNotNull();
    return e.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void npvDefaultsToExcelTiming() {
    NpvRequest request = JSON.fromJson("{\"rate\":0.1,\"cashFlows\":[-10000,3000]}", NpvRequest.class);

    assertThat(request.toAssumptions().initialAtTimeZero()).isFalse();
    assertThat(request.toAssumptions().cashFlows()).containsExactly(-10_000.0, 3_000.0);
  }

  @Test
  void irrAndXirrDefaultTheGuessToTenPercent() {
    assertThat(JSON.fromJson("{\"cashFlows\":[-1,2]}", IrrRequest.class).toAssumptions().guess()).isEqualTo(0.1);
    assertThat(JSON.fromJson("{\"flows\":[{\"date\":\"2008-01-01\",\"amount\":-1}]}", XirrRequest.class)
        .toAssumptions().guess()).isEqualTo(0.1);
  }

  @Test
  void missingNumbersAreNamed() {
    assertThat(fields(() -> JSON.fromJson("{\"cashFlows\":[1]}", NpvRequest.class).toAssumptions()))
        .containsExactly("rate");
    assertThat(fields(() -> JSON.fromJson("{}", IrrRequest.class).toAssumptions())).containsExactly("cashFlows");
    assertThat(fields(() -> JSON.fromJson("{\"rate\":0.1}", XnpvRequest.class).toAssumptions()))
        .containsExactly("flows");
  }

  @Test
  void badDatedFlowsAreNamedByIndex() {
    String json = "{\"rate\":0.09,\"flows\":[{\"date\":\"2008-01-01\",\"amount\":-1},"
        + "{\"date\":\"1 March 2008\",\"amount\":2},{\"amount\":3},{\"date\":\"2008-05-01\"},null]}";

    assertThat(fields(() -> JSON.fromJson(json, XnpvRequest.class).toAssumptions()))
        .containsExactly("flows[1].date", "flows[2].date", "flows[3].amount", "flows[4]");
  }

  @Test
  void aDateBeforeTheFirstIsNamed() {
    String json = "{\"flows\":[{\"date\":\"2008-01-01\",\"amount\":-1},{\"date\":\"2007-01-01\",\"amount\":2}]}";

    assertThat(fields(() -> JSON.fromJson(json, XirrRequest.class).toAssumptions())).containsExactly("flows[1].date");
  }
}
