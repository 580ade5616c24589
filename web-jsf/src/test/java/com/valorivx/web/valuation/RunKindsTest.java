package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.engine.lbo.LboEngine;
import com.valorivx.engine.lbo.LboValuation;
import com.valorivx.engine.mna.MnaEngine;
import com.valorivx.engine.mna.MnaValuation;
import com.valorivx.engine.option.BlackScholesMertonPricer;
import com.valorivx.engine.realoption.RealOptionPricer;
import com.valorivx.engine.realoption.RealOptionValuation;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Formats;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunKindsTest {

  private static final Jsonb JSON = JsonbBuilder.create();
  private static final Formats FMT = new Formats();

  private static List<String> shown(RunKind kind, Object result) {
    return shown(kind, JSON.toJson(result));
  }

  private static List<String> shown(RunKind kind, String resultJson) {
    return RunKinds.headline(kind, resultJson).stream().map(s -> s.label() + " " + s.text()).toList();
  }

  @Test
  void everyStoredKindHasHeadlineFiguresAndEveryKindButTheMonteCarloJobAPage() {
    for (RunKind kind : RunKind.values()) {
      assertThat(RunKinds.headline(kind, "{}")).as("%s", kind).isNotEmpty();
    }
    assertThat(Arrays.stream(RunKind.values()).filter(kind -> RunKinds.page(kind).isEmpty()))
        .containsExactly(RunKind.MONTE_CARLO_DCF);
    assertThat(RunKinds.page(RunKind.LBO)).contains("/lbo.xhtml");
    assertThat(RunKinds.page(RunKind.MNA)).contains("/mna.xhtml");
    assertThat(RunKinds.page(RunKind.OPTION)).contains("/options.xhtml");
    assertThat(RunKinds.page(RunKind.REAL_OPTION)).contains("/real-options.xhtml");
    assertThat(RunKinds.page(RunKind.DCF)).contains("/dcf.xhtml");
  }

  /** Issue 3's worked LBO: IRR 15.78 %, MOIC 2.081. */
  @Test
  void anLboReadsItsIrrAndMoic() {
    LboValuation valued = LboEngine.DEFAULT.value(new LboForm().toRequest().toAssumptions());

    assertThat(shown(RunKind.LBO, valued)).containsExactly("IRR 15.78%", "MOIC 2.08x");
  }

  @Test
  void aTotalLossHasNoIrrToShow() {
    assertThat(shown(RunKind.LBO, "{\"moic\":0.0,\"totalLoss\":true}")).containsExactly("IRR n/a", "MOIC 0.00x");
  }

  /** The M&amp;A engine test's hand-computed deal: pro forma NI 587.55 on 110 shares, accretion 6.83 %. */
  @Test
  void aDealReadsItsAccretionAndProFormaEps() {
    MnaValuation valued = MnaEngine.DEFAULT.accretionDilution(new MnaForm().toRequest().toAssumptions());

    assertThat(shown(RunKind.MNA, valued)).containsExactly("Accretion 6.83%", "Pro forma EPS 5.34");
  }

  /** Hull, Options, Futures, and Other Derivatives (8th ed.), Example 15.6: call 4.76. */
  @Test
  void anOptionReadsItsPrice() {
    var valued = BlackScholesMertonPricer.DEFAULT.value(new OptionForm().toRequest().toAssumptions());

    assertThat(shown(RunKind.OPTION, valued)).containsExactly("Price 4.76");
  }

  @Test
  void aRealOptionReadsItsExpandedNpvAndOptionValue() {
    RealOptionValuation valued = RealOptionPricer.DEFAULT.value(new RealOptionForm().toRequest().toAssumptions());

    assertThat(valued.expandedNpv()).isGreaterThan(valued.staticNpv());
    assertThat(shown(RunKind.REAL_OPTION, valued)).containsExactly(
        "Expanded NPV " + FMT.amount(valued.expandedNpv()), "Option value " + FMT.amount(valued.optionValue()));
  }

  @Test
  void aMonteCarloRunReadsItsMeanAndNestedPercentiles() {
    String stored = "{\"mean\":1234.5,\"percentiles\":{\"p5\":800,\"p25\":1000,\"p95\":1700.125}}";

    assertThat(shown(RunKind.MONTE_CARLO_DCF, stored)).containsExactly("Mean 1,234.50", "P5 800.00", "P95 1,700.13");
  }

  @Test
  void aMissingOrUnreadableResultShowsEveryFigureAsNotAvailable() {
    assertThat(shown(RunKind.DCF, (String) null)).containsExactly("EV n/a", "Per share n/a");
    assertThat(shown(RunKind.DCF, "not json")).containsExactly("EV n/a", "Per share n/a");
    assertThat(shown(RunKind.MONTE_CARLO_DCF, "{\"mean\":1,\"percentiles\":7}"))
        .containsExactly("Mean 1.00", "P5 n/a", "P95 n/a");
  }
}
