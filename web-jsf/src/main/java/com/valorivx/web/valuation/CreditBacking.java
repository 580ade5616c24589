package com.valorivx.web.valuation;

import com.valorivx.analytics.AltmanRequest;
import com.valorivx.analytics.CreditService;
import com.valorivx.analytics.MertonRequest;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.credit.AltmanResult;
import com.valorivx.engine.credit.MertonResult;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The credit dashboard: the structural model (each solve stored as a CREDIT run) with its PD across
 * leverage, and the Z-score with its zone on a colour band; both charts export as CSV;
 * {@code credit.xhtml?run=<id>} reopens a stored CREDIT run (either model).
 */
@Named
@ViewScoped
public class CreditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The leverage profile: these multiples of the requested face value of debt. */
  static final List<Double> DEBT_MULTIPLES = List.of(0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0);

  @Inject
  SignedInUser user;

  @Inject
  CreditService credit;

  @Inject
  StoredRuns stored;

  private final Reopening reopening = new Reopening();

  private final MertonInputs merton = new MertonInputs();
  private final AltmanInputs altman = new AltmanInputs();
  private MertonView mertonResult;
  private AltmanView altmanResult;

  /** The structural model's shown result: the run, the solution, the leverage chart and its CSV. */
  public record MertonView(UUID runId, MertonResult result, String chartJson, String csv) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The Z-score's shown result: the run, the score, the band chart and its CSV. */
  public record AltmanView(UUID runId, AltmanResult result, String chartJson, String csv) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Solves the structural model; rejected fields get their message beside their input. */
  public void solveMerton() {
    try {
      MertonRequest request = merton.toRequest();
      CreditService.Run<MertonResult> run = credit.merton(user.caller(), request);
      showMerton(run.id(), request, run.result());
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      mertonResult = null;
      Messages.fieldErrors(e.errors());
    } catch (ModelNotSolvableException e) {
      mertonResult = null;
      Messages.error(e.reason());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  private void showMerton(UUID runId, MertonRequest request, MertonResult result) {
    List<Double> debts = DEBT_MULTIPLES.stream().map(m -> m * request.debtFaceValue()).toList();
    double[] pds = credit.probabilityByDebt(user.caller(), request, debts);
    List<Double> pd = new ArrayList<>();
    for (double p : pds) {
      pd.add(p);
    }
    mertonResult = new MertonView(runId, result, CreditCharts.leverageChart(debts, pd),
        CreditCharts.leverageCsv(debts, pd));
  }

  /**
   * Loads the run named in the URL ({@code credit.xhtml?run=<id>}), if any: a structural-model run
   * into the Merton form and result, a Z-score run into the Altman ones.
   */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.CREDIT, JsonObject.class, JsonObject.class, s -> {
      if (s.result().containsKey("zScore")) {
        AltmanRequest request = RunDocuments.read(s.request().toString(), AltmanRequest.class);
        AltmanResult r = RunDocuments.read(s.result().toString(), AltmanResult.class);
        altman.fill(request);
        altmanResult = new AltmanView(s.run().id(), r, CreditCharts.zoneChart(r), CreditCharts.zoneCsv(r));
      } else {
        MertonRequest request = RunDocuments.read(s.request().toString(), MertonRequest.class);
        merton.fill(request);
        showMerton(s.run().id(), request, RunDocuments.read(s.result().toString(), MertonResult.class));
      }
    });
  }

  public Reopening getReopening() {
    return reopening;
  }

  /** Scores the firm; rejected fields get their message beside their input. */
  public void scoreAltman() {
    try {
      CreditService.Run<AltmanResult> run = credit.altman(user.caller(), altman.toRequest());
      AltmanResult r = run.result();
      altmanResult = new AltmanView(run.id(), r, CreditCharts.zoneChart(r), CreditCharts.zoneCsv(r));
      reopening.clear();
    } catch (InvalidAssumptionsException e) {
      altmanResult = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  public MertonInputs getMerton() {
    return merton;
  }

  public AltmanInputs getAltman() {
    return altman;
  }

  public MertonView getMertonResult() {
    return mertonResult;
  }

  public AltmanView getAltmanResult() {
    return altmanResult;
  }

  /** The structural model's form, filled with the textbook example. */
  public static class MertonInputs implements Serializable {
    private static final long serialVersionUID = 1L;
    private String name;
    private Double equityValue = 3.0;
    private Double equityVolatility = 0.8;
    private Double debtFaceValue = 10.0;
    private Double maturityYears = 1.0;
    private Double riskFreeRate = 0.05;
    private Double lossGivenDefault = 0.6;

    MertonRequest toRequest() {
      return new MertonRequest(name, equityValue, equityVolatility, debtFaceValue, maturityYears, riskFreeRate,
          lossGivenDefault);
    }

    void fill(MertonRequest r) {
      name = r.name();
      equityValue = r.equityValue();
      equityVolatility = r.equityVolatility();
      debtFaceValue = r.debtFaceValue();
      maturityYears = r.maturityYears();
      riskFreeRate = r.riskFreeRate();
      lossGivenDefault = r.lossGivenDefault();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Double getEquityValue() { return equityValue; }
    public void setEquityValue(Double v) { equityValue = v; }
    public Double getEquityVolatility() { return equityVolatility; }
    public void setEquityVolatility(Double v) { equityVolatility = v; }
    public Double getDebtFaceValue() { return debtFaceValue; }
    public void setDebtFaceValue(Double v) { debtFaceValue = v; }
    public Double getMaturityYears() { return maturityYears; }
    public void setMaturityYears(Double v) { maturityYears = v; }
    public Double getRiskFreeRate() { return riskFreeRate; }
    public void setRiskFreeRate(Double v) { riskFreeRate = v; }
    public Double getLossGivenDefault() { return lossGivenDefault; }
    public void setLossGivenDefault(Double v) { lossGivenDefault = v; }
  }

  /** The Z-score form; X4 is read as market or book equity by the chosen variant. */
  public static class AltmanInputs implements Serializable {
    private static final long serialVersionUID = 1L;
    private String model = "ORIGINAL";
    private Double workingCapitalToAssets = 0.10;
    private Double retainedEarningsToAssets = 0.20;
    private Double ebitToAssets = 0.15;
    private Double equityToLiabilities = 1.50;
    private Double salesToAssets = 1.20;

    AltmanRequest toRequest() {
      boolean market = "ORIGINAL".equals(model);
      boolean sales = !"NON_MANUFACTURING".equals(model);
      return new AltmanRequest(null, model, workingCapitalToAssets, retainedEarningsToAssets, ebitToAssets,
          market ? equityToLiabilities : null, market ? null : equityToLiabilities, sales ? salesToAssets : null);
    }

    void fill(AltmanRequest r) {
      model = r.model() == null ? "ORIGINAL" : r.model();
      workingCapitalToAssets = r.workingCapitalToAssets();
      retainedEarningsToAssets = r.retainedEarningsToAssets();
      ebitToAssets = r.ebitToAssets();
      equityToLiabilities = r.marketEquityToLiabilities() != null ? r.marketEquityToLiabilities()
          : r.bookEquityToLiabilities();
      salesToAssets = r.salesToAssets();
    }

    /** Whether the chosen variant has a sales term. */
    public boolean isUsesSales() {
      return !"NON_MANUFACTURING".equals(model);
    }

    /** The JSON field X4 is sent as, so its error lands beside the input. */
    public String getEquityField() {
      return "ORIGINAL".equals(model) ? "marketEquityToLiabilities" : "bookEquityToLiabilities";
    }

    public String getModel() { return model; }
    public void setModel(String v) { model = v; }
    public Double getWorkingCapitalToAssets() { return workingCapitalToAssets; }
    public void setWorkingCapitalToAssets(Double v) { workingCapitalToAssets = v; }
    public Double getRetainedEarningsToAssets() { return retainedEarningsToAssets; }
    public void setRetainedEarningsToAssets(Double v) { retainedEarningsToAssets = v; }
    public Double getEbitToAssets() { return ebitToAssets; }
    public void setEbitToAssets(Double v) { ebitToAssets = v; }
    public Double getEquityToLiabilities() { return equityToLiabilities; }
    public void setEquityToLiabilities(Double v) { equityToLiabilities = v; }
    public Double getSalesToAssets() { return salesToAssets; }
    public void setSalesToAssets(Double v) { salesToAssets = v; }
  }
}
