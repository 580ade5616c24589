package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.dcf.DcfEngine;
import com.valorivx.engine.dcf.DcfValuation;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;

class RunDocumentsTest {

  @Test
  void aStoredResultReadsBackAsTheValuationThatWasStored() {
    DcfValuation valued = DcfEngine.DEFAULT.value(new DcfForm().toRequest().toAssumptions());
    String stored = JsonbBuilder.create().toJson(valued);

    DcfValuation read = RunDocuments.dcfValuation(stored);

    assertThat(read).usingRecursiveComparison().isEqualTo(valued);
    assertThat(RunDocuments.number(stored, "valuePerShare")).contains(valued.valuePerShare());
  }

  @Test
  void aFigureTheResultDoesNotHaveIsAbsent() {
    assertThat(RunDocuments.number("{\"irr\":0.2}", "valuePerShare")).isEmpty();
    assertThat(RunDocuments.number("[1,2]", "valuePerShare")).isEmpty();
    assertThat(RunDocuments.number(null, "valuePerShare")).isEmpty();
  }
}
