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
import com.valorivx.market.MarketDataService;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.job.JobService;
import com.valorivx.job.JobStatus;
import com.valorivx.job.JobView;
import com.valorivx.valuation.RunKind;
import com.valorivx.web.faces.ChartCsv;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.live.JobWatchTickets;
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
 * The portfolio page: optimises the form's portfolio and draws the efficient frontier with the
 * chosen portfolio marked (the service stores both as runs). A frontier of more than
 * {@value #JOB_POINTS} points is computed as a job whose progress the page is pushed; the frontier
 * downloads as CSV; {@code portfolio.xhtml?run=<id>} reopens a stored PORTFOLIO run.
 */
@Named
@ViewScoped
public class PortfolioBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Frontiers with more points than this run as a job. */
  public static final int JOB_POINTS = 100;

  @Inject
  SignedInUser user;

  @Inject
  PortfolioService portfolios;

  @Inject
  MarketDataService market;

  @Inject
  JobService jobs;

  @Inject
  JobWatchTickets tickets;

  @Inject
  StoredRuns stored;

  @Inject
  ChartCsv charts;

  private PortfolioForm form = new PortfolioForm();
  private final MarketInputs marketInputs = new MarketInputs();
  private PortfolioResult result;
  private EfficientFrontier frontier;
  private UUID runId;
  private UUID jobId;
  private String ticket;
  private String outcome;
  private final Reopening reopening = new Reopening();

  /** One weight row of the result table. */
  public record WeightRow(String asset, double weight, double riskContribution) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The view parameters of "Use in portfolio" on the market data page: a data set and its window. */
  public static class MarketInputs extends EstimateWindow {
    private static final long serialVersionUID = 1L;
    private String dataset;

    public String getDataset() {
      return dataset;
    }

    public void setDataset(String dataset) {
      this.dataset = dataset;
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
      MarketEstimate e = market.estimate(user.caller(), id, in.toRequest());
      form.useEstimates("Market data " + e.firstDate() + " to " + e.lastDate() + " (" + e.frequency() + ")",
          e.assets(), e.expectedReturns(), e.volatilities(), e.correlations());
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

  /**
   * Optimises and draws the frontier, a large one as a job; rejected fields get their message
   * beside their input.
   */
  public void optimize() {
    try {
      clear();
      PortfolioRequest request = form.toRequest();
      PortfolioRun run = portfolios.optimize(user.caller(), request);
      result = run.result();
      runId = run.id();
      if (request.frontierPoints() > JOB_POINTS) {
        jobId = portfolios.submitFrontier(user.caller(), request);
        ticket = tickets.issue(user.caller(), jobId);
      } else {
        PortfolioFrontierRun f = portfolios.frontier(user.caller(), request);
        frontier = f.frontier();
      }
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

  /** Asks the running frontier job to stop; the page hears CANCELLED over its WebSocket. */
  public void cancel() {
    if (jobId != null) {
      jobs.cancel(user.caller(), jobId);
    }
  }

  /** Shows the finished frontier job: its frontier, or why it did not succeed. */
  public void showFrontier() {
    JobView job = jobId == null ? null : jobs.find(user.caller(), jobId).orElse(null);
    if (job == null || !job.status().isFinal()) {
      return;
    }
    if (job.status() == JobStatus.SUCCEEDED) {
      frontier = RunDocuments.read(job.resultJson(), EfficientFrontier.class);
      outcome = null;
    } else {
      outcome = job.status() == JobStatus.CANCELLED ? "The frontier was cancelled."
          : "The frontier failed: " + job.error();
    }
  }

  /**
   * Loads the run named in the URL ({@code portfolio.xhtml?run=<id>}), if any: an optimised
   * portfolio, or a frontier with its tangency portfolio (else its minimum-variance one) marked.
   */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.PORTFOLIO, PortfolioRequest.class, JsonObject.class, s -> {
      form = PortfolioForm.of(s.request());
      clear();
      runId = s.run().id();
      if (s.result().containsKey("points")) {
        frontier = RunDocuments.read(s.result().toString(), EfficientFrontier.class);
        result = frontier.tangency() != null ? frontier.tangency() : frontier.minimumVariance();
      } else {
        result = RunDocuments.read(s.result().toString(), PortfolioResult.class);
      }
    });
  }

  private void clear() {
    result = null;
    frontier = null;
    runId = null;
    jobId = null;
    ticket = null;
    outcome = null;
    reopening.clear();
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

  /**
   * The frontier chart's data as a CSV download: expected return, volatility, Sharpe ratio and one
   * weight column per asset for each point, then the chosen portfolio's row.
   */
  public String getFrontierCsvHref() {
    if (frontier == null) {
      return null;
    }
    List<String> header = new ArrayList<>(List.of("series", "expectedReturn", "volatility", "sharpeRatio"));
    header.addAll(frontier.assets());
    List<List<Object>> rows = new ArrayList<>();
    for (FrontierPoint p : frontier.points()) {
      rows.add(row("frontier", p.expectedReturn(), p.volatility(), p.sharpeRatio(), p.weights()));
    }
    if (result != null) {
      rows.add(row("chosen " + result.objective(), result.expectedReturn(), result.volatility(), result.sharpeRatio(),
          result.weights()));
    }
    return charts.link("efficient-frontier.csv", header, rows);
  }

  private static List<Object> row(String series, double expectedReturn, double volatility, Double sharpe,
      List<Double> weights) {
    List<Object> row = new ArrayList<>(List.of(series, expectedReturn, volatility));
    row.add(sharpe);
    row.addAll(weights);
    return row;
  }

  public String getChartJson() {
    return frontier == null || result == null ? null : PortfolioChart.json(frontier, result);
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

  public UUID getJobId() {
    return jobId;
  }

  public String getTicket() {
    return ticket;
  }

  public String getOutcome() {
    return outcome;
  }

  public int getJobPoints() {
    return JOB_POINTS;
  }

  public Reopening getReopening() {
    return reopening;
  }
}
