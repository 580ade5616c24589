package com.valorivx.web.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.valuation.LboRequest;
import com.valorivx.valuation.MnaRequest;
import com.valorivx.valuation.OptionRequest;
import com.valorivx.valuation.RealOptionRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reopened run's stored request, put back into its page's form, is the request the form sends again. */
class ReopenedFormsTest {

  @Test
  void anLboWithTheFullOperatingModelAndTwoTranchesComesBackAsSent() {
    LboRequest sent = new LboRequest("Two tranches", "LBX", 120.0, 9.0, 15.0, 6,
        List.of(new LboRequest.Tranche("Senior", 500.0, 0.07, 0.05, true),
            new LboRequest.Tranche("Mezzanine", 200.0, 0.11, 0.0, false)),
        null, null, new LboRequest.Operating(1200.0, 0.04, 0.1, 0.02, 0.03, 0.1, 0.25),
        "AVERAGE_BALANCE", 0.75, 10.0, 9.5);

    LboForm form = LboForm.of(sent);

    assertThat(form.toRequest()).isEqualTo(sent);
    assertThat(form.isSimple()).isFalse();
    assertThat(form.getTranches()).hasSize(LboForm.TRANCHE_ROWS);
    assertThat(LboForm.of(new LboForm().toRequest()).toRequest()).isEqualTo(new LboForm().toRequest());
  }

  @Test
  void aDealComesBackAsSent() {
    MnaRequest sent = new MnaRequest("Deal", "ACQ", new MnaRequest.Acquirer(400.0, 90.0, 55.0),
        new MnaRequest.Target(80.0, 900.0), 1100.0, new MnaRequest.Consideration(0.5, 0.25, 0.25), 0.07, 0.03, 0.21,
        30.0, 20.0, 10.0);

    assertThat(MnaForm.of(sent).toRequest()).isEqualTo(sent);
  }

  @Test
  void anOptionComesBackAsSentWhateverItsMethod() {
    OptionRequest binomial = new OptionRequest("American put", "PUT", "AMERICAN", "BINOMIAL", 50.0, 52.0, 2.0, 0.05,
        0.3, 0.01, 500, null, null, null, null);
    OptionRequest monteCarlo = new OptionRequest("MC call", "CALL", "EUROPEAN", "MONTE_CARLO", 42.0, 40.0, 0.5, 0.1,
        0.2, 0.0, null, null, null, 20_000, 7L);

    assertThat(OptionForm.of(binomial).toRequest()).isEqualTo(binomial);
    assertThat(OptionForm.of(monteCarlo).toRequest()).isEqualTo(monteCarlo);
  }

  @Test
  void aRealOptionComesBackAsSent() {
    RealOptionRequest expand = new RealOptionRequest("Expand", "EXPAND", "BINOMIAL", 300.0, 280.0, 60.0, null, 1.3,
        4.0, 0.35, 0.05, 0.02, 300);

    assertThat(RealOptionForm.of(expand).toRequest()).isEqualTo(expand);
    assertThat(RealOptionForm.of(new RealOptionForm().toRequest()).toRequest())
        .isEqualTo(new RealOptionForm().toRequest());
  }
}
