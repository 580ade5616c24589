package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.OptionRequest;
import com.valorivx.valuation.RunComparison;
import com.valorivx.valuation.RunDiff;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.StoredRun;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compare table shows every field of every run, flags the differing ones, and starts new scenarios from valid inputs. */
class ComparisonTableTest {

  private static StoredRun run(String inputs, String result) {
    return new StoredRun(UUID.randomUUID(), RunKind.DCF, "Run", null, Instant.EPOCH, "analyst", "dcf-1.0", inputs,
        result);
  }

  private static JsonObject document(StoredRun run) {
    try (JsonReader inputs = Json.createReader(new StringReader(run.inputsJson()));
        JsonReader result = Json.createReader(new StringReader(run.resultJson()))) {
      return Json.createObjectBuilder().add("inputs", inputs.readObject()).add("result", result.readObject()).build();
    }
  }

  @Test
  void everyFieldIsARowAndOnlyDifferingRowsAreFlagged() {
    StoredRun base = run("{\"discountRate\":0.1,\"name\":\"Base\",\"flows\":[100,110]}", "{\"enterpriseValue\":1792.2}");
    StoredRun bull = run("{\"discountRate\":0.09,\"name\":\"Base\",\"flows\":[100]}", "{\"enterpriseValue\":2100.7}");
    List<StoredRun> runs = List.of(base, bull);

    ComparisonTable table = ComparisonTable.of(new RunComparison(runs,
        RunDiff.differences(runs.stream().map(ComparisonTableTest::document).toList())));

    assertThat(table.rows()).extracting(ComparisonTable.Row::path).containsExactly("inputs.discountRate",
        "inputs.name", "inputs.flows[0]", "inputs.flows[1]", "result.enterpriseValue");
    assertThat(table.rows()).filteredOn(ComparisonTable.Row::differs).extracting(ComparisonTable.Row::path)
        .containsExactly("inputs.discountRate", "inputs.flows[1]", "result.enterpriseValue");
    assertThat(table.differing()).isEqualTo(3);
    assertThat(table.rows().get(1).values()).containsExactly("Base", "Base");
    assertThat(table.rows().get(3).values()).containsExactly("110", ComparisonTable.ABSENT);
    assertThat(table.runs()).extracting(RunRow::id).containsExactly(base.id(), bull.id());
  }

  @Test
  void newScenariosStartFromInputsTheModelsAccept() {
    var json = JsonbBuilder.create();
    DcfRequest dcf = json.fromJson(ScenarioExamples.inputs(RunKind.DCF), DcfRequest.class);
    assertThat(dcf.name()).isNull();
    assertThat(dcf.toAssumptions()).isNotNull();
    assertThat(json.fromJson(ScenarioExamples.inputs(RunKind.OPTION), OptionRequest.class).toAssumptions()).isNotNull();
    assertThat(ScenarioExamples.pretty("{\"a\":1,\"b\":[2]}")).contains("\n").contains("\"a\": 1");
  }
}
