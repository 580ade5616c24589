package com.valorivx.web.valuation;

import com.valorivx.analytics.RiskRequest;
import com.valorivx.analytics.RiskRun;
import com.valorivx.analytics.RiskService;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.risk.RiskResult;
import com.valorivx.governance.AccessDeniedException;
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
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The risk page: positions as lines {@code name, value, daily volatility}, the correlation matrix as
 * rows of numbers, scenario losses for HISTORICAL and stress sets as {@code name: position=shock, ...};
 * computes VaR/ES (the service stores the run), shows the component VaR table and the loss
 * distribution with its VaR and ES lines, and exports the distribution as CSV. Monte Carlo runs as a
 * job whose progress the page is pushed; {@code risk.xhtml?run=<id>} reopens a stored VAR run.
 */
@Named
@ViewScoped
public class RiskBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  RiskService risk;

  @Inject
  JobService jobs;

  @Inject
  JobWatchTickets tickets;

  @Inject
  StoredRuns stored;

  @Inject
  ChartCsv charts;

  private String method = "PARAMETRIC";
  private Double confidence = 0.99;
  private Integer horizonDays = 10;
  private String positions = "Microsoft, 10000000, 0.02\nAT&T, 5000000, 0.01";
  private String correlations = "1, 0.3\n0.3, 1";
  private String losses = "";
  private Integer scenarios = 100_000;
  private Long seed = 1L;
  private String stress = "Crash: Microsoft=-0.2, AT&T=-0.1";
  private UUID runId;
  private RiskResult result;
  private UUID jobId;
  private String ticket;
  private String outcome;
  private final Reopening reopening = new Reopening();

  /**
   * Computes and stores the run, Monte Carlo as a job; bad inputs come back as messages naming the
   * field before any job exists.
   */
  public void compute() {
    result = null;
    runId = null;
    jobId = null;
    ticket = null;
    outcome = null;
    reopening.clear();
    try {
      RiskRequest request = toRequest();
      if ("MONTE_CARLO".equals(method)) {
        jobId = risk.submitValueAtRisk(user.caller(), request);
        ticket = tickets.issue(user.caller(), jobId);
        return;
      }
      RiskRun run = risk.valueAtRisk(user.caller(), request);
      runId = run.id();
      result = run.result();
    } catch (InvalidAssumptionsException e) {
      for (FieldError error : e.errors()) {
        Messages.error(error.field() + ": " + error.message());
      }
    } catch (IllegalArgumentException e) {
      Messages.error(e.getMessage());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  /** Asks the running Monte Carlo job to stop; the page hears CANCELLED over its WebSocket. */
  public void cancel() {
    if (jobId != null) {
      jobs.cancel(user.caller(), jobId);
    }
  }

  /** Shows the finished Monte Carlo job: its result, or why it did not succeed. */
  public void showOutcome() {
    JobView job = jobId == null ? null : jobs.find(user.caller(), jobId).orElse(null);
    if (job == null || !job.status().isFinal()) {
      return;
    }
    if (job.status() == JobStatus.SUCCEEDED) {
      result = RunDocuments.read(job.resultJson(), RiskResult.class);
      try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(job.resultJson()))) {
        runId = UUID.fromString(reader.readObject().getString("runId"));
      }
    } else {
      outcome = job.status() == JobStatus.CANCELLED ? "The simulation was cancelled."
          : "The simulation failed: " + job.error();
    }
  }

  /** Loads the run named in the URL ({@code risk.xhtml?run=<id>}), if any, with its stored result. */
  public void reopen() {
    stored.reopen(user.caller(), reopening, RunKind.VAR, RiskRequest.class, RiskResult.class, s -> {
      RiskRequest q = s.request();
      method = q.method();
      confidence = q.confidence();
      horizonDays = q.horizonDays() == null ? 1 : q.horizonDays();
      positions = q.positions() == null ? "" : String.join("\n", q.positions().stream()
          .map(p -> p.name() + ", " + plain(p.value()) + ", " + plain(p.dailyVolatility())).toList());
      correlations = q.correlations() == null ? "" : String.join("\n", q.correlations().stream()
          .map(row -> String.join(", ", row.stream().map(RiskBacking::plain).toList())).toList());
      losses = q.losses() == null ? "" : String.join(", ", q.losses().stream().map(RiskBacking::plain).toList());
      scenarios = q.scenarios() == null ? RiskRequest.DEFAULT_SCENARIOS : q.scenarios();
      seed = q.seed() == null ? RiskRequest.DEFAULT_SEED : q.seed();
      stress = q.stress() == null ? "" : String.join("\n", q.stress().stream().map(set -> set.name() + ": "
          + String.join(", ", set.shocks().entrySet().stream().map(e -> e.getKey() + "=" + plain(e.getValue()))
              .toList())).toList());
      runId = s.run().id();
      result = s.result();
    });
  }

  private static String plain(Double v) {
    return v == null ? "" : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  RiskRequest toRequest() {
    boolean historical = "HISTORICAL".equals(method);
    boolean monteCarlo = "MONTE_CARLO".equals(method);
    List<RiskRequest.Position> parsedPositions = new ArrayList<>();
    for (String line : lines(positions)) {
      String[] parts = line.split(",");
      if (parts.length != 3) {
        throw new IllegalArgumentException("positions: each line needs name, value, daily volatility: " + line);
      }
      parsedPositions.add(new RiskRequest.Position(parts[0].trim(), number(parts[1], "positions"),
          number(parts[2], "positions")));
    }
    List<List<Double>> rho = new ArrayList<>();
    for (String line : lines(correlations)) {
      List<Double> row = new ArrayList<>();
      for (String cell : line.split("[,;\\s]+")) {
        if (!cell.isBlank()) {
          row.add(number(cell, "correlations"));
        }
      }
      rho.add(row);
    }
    List<Double> parsedLosses = new ArrayList<>();
    for (String cell : losses == null ? new String[0] : losses.split("[,;\\s]+")) {
      if (!cell.isBlank()) {
        parsedLosses.add(number(cell, "losses"));
      }
    }
    List<RiskRequest.Stress> shocks = new ArrayList<>();
    for (String line : lines(stress)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("stress: write name: position=shock, ...: " + line);
      }
      Map<String, Double> set = new LinkedHashMap<>();
      for (String pair : line.substring(colon + 1).split(",")) {
        String[] kv = pair.split("=");
        if (kv.length != 2) {
          throw new IllegalArgumentException("stress: write position=shock: " + pair.trim());
        }
        set.put(kv[0].trim(), number(kv[1], "stress"));
      }
      shocks.add(new RiskRequest.Stress(line.substring(0, colon).trim(), set));
    }
    return new RiskRequest(null, method, confidence, horizonDays, historical ? null : parsedPositions,
        historical ? null : rho, historical ? parsedLosses : null, monteCarlo ? scenarios : null,
        monteCarlo ? seed : null, historical || shocks.isEmpty() ? null : shocks);
  }

  private static List<String> lines(String text) {
    return text == null ? List.of() : text.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
  }

  private static double number(String text, String field) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + ": not a number: " + text.trim());
    }
  }

  /** Chart.js histogram of losses, tail bars red, with the VaR and ES bins marked as lines. */
  public String getChartJson() {
    return result == null ? "{}" : RiskChart.histogram(result);
  }

  /**
   * The distribution chart's data as a CSV download: one row per histogram bar (loss from, to,
   * count), then the VaR and ES lines.
   */
  public String getCsvHref() {
    if (result == null) {
      return null;
    }
    List<List<Object>> rows = new ArrayList<>();
    for (RiskResult.Bin bin : result.histogram()) {
      rows.add(List.of("bin", bin.from(), bin.to(), bin.count()));
    }
    rows.add(List.of("valueAtRisk", result.valueAtRisk(), result.valueAtRisk(), ""));
    rows.add(List.of("expectedShortfall", result.expectedShortfall(), result.expectedShortfall(), ""));
    return charts.link("risk-distribution.csv", List.of("series", "lossFrom", "lossTo", "count"), rows);
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

  public Reopening getReopening() {
    return reopening;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }

  public Double getConfidence() {
    return confidence;
  }

  public void setConfidence(Double confidence) {
    this.confidence = confidence;
  }

  public Integer getHorizonDays() {
    return horizonDays;
  }

  public void setHorizonDays(Integer horizonDays) {
    this.horizonDays = horizonDays;
  }

  public String getPositions() {
    return positions;
  }

  public void setPositions(String positions) {
    this.positions = positions;
  }

  public String getCorrelations() {
    return correlations;
  }

  public void setCorrelations(String correlations) {
    this.correlations = correlations;
  }

  public String getLosses() {
    return losses;
  }

  public void setLosses(String losses) {
    this.losses = losses;
  }

  public Integer getScenarios() {
    return scenarios;
  }

  public void setScenarios(Integer scenarios) {
    this.scenarios = scenarios;
  }

  public Long getSeed() {
    return seed;
  }

  public void setSeed(Long seed) {
    this.seed = seed;
  }

  public String getStress() {
    return stress;
  }

  public void setStress(String stress) {
    this.stress = stress;
  }

  public UUID getRunId() {
    return runId;
  }

  public RiskResult getResult() {
    return result;
  }
}
