package com.valorivx.web.valuation;

import com.valorivx.analytics.PortfolioFrontierRun;
import com.valorivx.analytics.PortfolioRequest;
import com.valorivx.analytics.PortfolioRun;
import com.valorivx.analytics.PortfolioService;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.common.ModelNotSolvableException;
import com.valorivx.engine.market.MarketEstimate;
import com.valorivx.engine.portfolio.EfficientFrontier;
import com.valorivx.engine.portfolio.FrontierPoint;
import com.valorivx.engine.portfolio.PortfolioResult;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.market.EstimateRequest;
import com.valorivx.market.MarketDataService;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The portfolio page: optimises the form's portfolio and draws the efficient frontier with the
 * chosen portfolio marked (the service stores both as runs); the frontier downloads as CSV.
 */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  PortfolioService portfolios;

  @Inject
  MarketDataService market;

  private PortfolioForm form = new PortfolioForm();
  private final MarketInputs marketInputs = new MarketInputs();
  private PortfolioResult result;
  private EfficientFrontier frontier;
  private UUID runId;

  /** One weight row of the result table. */
  public record WeightRow(String asset, double weight, double riskContribution) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The view parameters of "Use in portfolio" on the market data page. */
  public static class MarketInputs implements Serializable {
    private static final long serialVersionUID = 1L;
    private String dataset;
    private String from;
    private String to;
    private String frequency;
    private String returns;

    public String getDataset() {
      return dataset;
    }

    public void setDataset(String dataset) {
      this.dataset = dataset;
    }

    public String getFrom() {
      return from;
    }

    public void setFrom(String from) {
      this.from = from;
    }

    public String getTo() {
      return to;
    }

    public void setTo(String to) {
      this.to = to;
    }

    public String getFrequency() {
      return frequency;
    }

    public void setFrequency(String frequency) {
      this.frequency = frequency;
    }

    public String getReturns() {
      return returns;
    }

    public void setReturns(String returns) {
      this.returns = returns;
    }
  }

  /** Fills the form with estimates from the market data set named by the view parameters, if any. */
  public void loadMarketData() {
    MarketInputs in = marketInputs;
    if (in.dataset == null || in.dataset.isBlank()) {
      return;
    }
    try {
      UUID id = UUID.fromString(in.dataset.strip());
      MarketEstimate e = market.estimate(user.caller(), id,
          new EstimateRequest(null, in.from, in.to, in.frequency, in.returns));
      form.useEstimates("Market data " + e.firstDate() + " to " + e.lastDate() + " (" + e.frequency() + ")", e.assets(), e.expectedReturns(), e.volatilities(), e.correlations());
    } catch (InvalidAssumptionsException e) {
      Messages.fieldErrors(e.errors());
    } catch (IllegalArgumentException | RecordNotFoundException e) {
      Messages.error("No market data set " + in.dataset + " in your tenant");
    } catch (ModelNotSolvableException e) {
      Messages.error(e.field() + ": " + e.reason());
    }
  }

  public MarketInputs getMarketInputs() {
    return marketInputs;
  }

  /** Optimises and draws the frontier; rejected fields get their message beside their input. */
  public void optimize() {
    try {
      PortfolioRequest request = form.toRequest();
      PortfolioRun run = portfolios.optimize(user.caller(), request);
      PortfolioFrontierRun f = portfolios.frontier(user.caller(), request);
      result = run.result();
      runId = run.id();
      frontier = f.frontier();
    } catch (InvalidAssumptionsException e) {
      clear();
      Messages.fieldErrors(e.errors());
    } catch (ModelNotSolvableException e) {
      clear();
      Messages.fieldErrors(List.of(e.error()));
      Messages.error(e.field() + ": " + e.reason());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  private void clear() {
    result = null;
    frontier = null;
    runId = null;
  }

  /** Starts again from the textbook example. */
  public void reset() {
    form = new PortfolioForm();
    clear();
  }

  public List<WeightRow> getWeights() {
    List<WeightRow> rows = new ArrayList<>();
    if (result != null) {
      for (int i = 0; i < result.assets().size(); i++) {
        rows.add(new WeightRow(result.assets().get(i), result.weights().get(i), result.riskContributions().get(i)));
      }
    }
    return rows;
  }

  /** The frontier as CSV: expected return, volatility, Sharpe ratio, then one weight column per asset. */
  public String getFrontierCsv() {
    if (frontier == null) {
      return "";
    }
    StringBuilder csv = new StringBuilder("expectedReturn,volatility,sharpeRatio");
    frontier.assets().forEach(a -> csv.append(',').append('"').append(a.replace("\"", "\"\"")).append('"'));
    csv.append('\n');
    for (FrontierPoint p : frontier.points()) {
      csv.append(num(p.expectedReturn())).append(',').append(num(p.volatility())).append(',')
          .append(p.sharpeRatio() == null ? "" : num(p.sharpeRatio()));
      p.weights().forEach(w -> csv.append(',').append(num(w)));
      csv.append('\n');
    }
    return csv.toString();
  }

  /** The CSV as a {@code data:} address for the download link. */
  public String getFrontierCsvHref() {
    return "data:text/csv;charset=utf-8," + URLEncoder.encode(getFrontierCsv(), StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  public String getChartJson() {
    return frontier == null || result == null ? null : PortfolioChart.json(frontier, result);
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.10g", v);
  }

  public PortfolioForm getForm() {
    return form;
  }

  public PortfolioResult getResult() {
    return result;
  }

  public EfficientFrontier getFrontier() {
    return frontier;
  }

  public UUID getRunId() {
    return runId;
  }
}
