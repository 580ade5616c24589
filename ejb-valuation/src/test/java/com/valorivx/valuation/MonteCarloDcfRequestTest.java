package com.valorivx.valuation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.montecarlo.Distribution;
import com.valorivx.engine.montecarlo.MonteCarloDcfAssumptions;
import com.valorivx.valuation.MonteCarloDcfRequest.DistributionRequest;
import com.valorivx.valuation.MonteCarloDcfRequest.Distributions;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonteCarloDcfRequestTest {

  private static DcfRequest base(Double growth) {
    return new DcfRequest(null, null, null,
        new DcfRequest.Projection(1000.0, 10, Json.createValue(0.06), Json.createValue(0.15), 0.25, 2.0, null),
        0.09, null, new DcfRequest.Terminal("GORDON", growth, null, null), false, 0.0, null, null, 100.0);
  }

  private static MonteCarloDcfRequest request(DcfRequest base, Distributions d, Integer paths, Long seed) {
    return new MonteCarloDcfRequest(null, null, base, d, null, paths, seed, null, null);
  }

  @Test
  void mapsEveryDistributionAndTheDefaults() {
    Distributions d = new Distributions(new DistributionRequest("NORMAL", 0.06, 0.02, null, null, null),
        new DistributionRequest("TRIANGULAR", null, null, 0.1, 0.15, 0.2),
        new DistributionRequest("LOGNORMAL", 0.09, 0.01, null, null, null),
        new DistributionRequest("UNIFORM", null, null, 0.01, null, 0.03));

    MonteCarloDcfAssumptions a = request(base(0.02), d, 1000, 5L).toAssumptions();

    assertThat(a.distributions().revenueGrowth()).isEqualTo(new Distribution.Normal(0.06, 0.02));
    assertThat(a.distributions().ebitMargin()).isEqualTo(new Distribution.Triangular(0.1, 0.15, 0.2));
    assertThat(a.distributions().discountRate()).isEqualTo(new Distribution.LogNormal(0.09, 0.01));
    assertThat(a.distributions().terminalGrowth()).isEqualTo(new Distribution.Uniform(0.01, 0.03));
    assertThat(a.correlationGrowthMargin()).isZero();
    assertThat(a.histogramBins()).isEqualTo(MonteCarloDcfAssumptions.DEFAULT_BINS);
    assertThat(a.seed()).isEqualTo(5L);
  }

  @Test
  void namesEveryMissingOrBadFieldWithItsPath() {
    Distributions d = new Distributions(new DistributionRequest("NORMAL", 0.06, -0.02, null, null, null),
        new DistributionRequest("BETA", null, null, null, null, null),
        new DistributionRequest("TRIANGULAR", null, null, 0.1, null, 0.2), null);

    assertThatThrownBy(() -> request(base(0.5), d, null, null).toAssumptions())
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(fields(e))
            .containsExactlyInAnyOrder("base.terminal.growth", "distributions.ebitMargin.type",
                "distributions.discountRate.mode", "paths", "seed"));
    assertThatThrownBy(() -> request(base(0.02), d, 1000, 1L).toAssumptions())
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(fields(e))
            .contains("distributions.ebitMargin.type").doesNotContain("paths", "seed"));
    assertThatThrownBy(() -> request(base(0.02), new Distributions(
        new DistributionRequest("NORMAL", 0.06, -0.02, null, null, null), null, null, null), 1000, 1L).toAssumptions())
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(fields(e)).containsExactly("distributions.revenueGrowth.stdDev"));
    assertThatThrownBy(() -> request(null, null, 10_000_000, 1L).toAssumptions())
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(fields(e)).containsExactly("base"));
    assertThatThrownBy(() -> request(base(0.02), null, 10_000_000, 1L).toAssumptions())
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(fields(e)).containsExactly("paths"));
  }

  private static List<String> fields(InvalidAssumptionsException e) {
    return e.errors().stream().map(FieldError::field).toList();
  }
}
