package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.job.JobService;
import com.valorivx.job.JobStatus;
import com.valorivx.job.JobView;
import com.valorivx.valuation.MonteCarloDcfService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.live.JobWatchTickets;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * The Monte Carlo page: starts the simulation as a job, hands the page a ticket for its WebSocket
 * (which pushes the progress), cancels it, and shows the result once the job has finished.
 */
@Named
@ViewScoped
public class MonteCarloBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject
  SignedInUser user;

  @Inject
  MonteCarloDcfService monteCarlo;

  @Inject
  JobService jobs;

  @Inject
  JobWatchTickets tickets;

  private final MonteCarloForm form = new MonteCarloForm();
  private UUID jobId;
  private String ticket;
  private MonteCarloResultView result;
  private String outcome;

  /** Starts the job; rejected fields get their message beside their input. */
  public void start() {
    try {
      result = null;
      outcome = null;
      jobId = monteCarlo.submit(user.caller(), form.toRequest());
      ticket = tickets.issue(user.caller(), jobId);
    } catch (InvalidAssumptionsException e) {
      jobId = null;
      Messages.fieldErrors(e.errors());
    } catch (AccessDeniedException e) {
      Messages.error("Your role may view runs but not run models");
    }
  }

  /** Asks the running job to stop; the page hears CANCELLED over its WebSocket. */
  public void cancel() {
    if (jobId != null) {
      jobs.cancel(user.caller(), jobId);
    }
  }

  /** Shows the finished job: its result, or why it did not succeed. */
  public void showOutcome() {
    if (jobId == null) {
      return;
    }
    JobView job = jobs.find(user.caller(), jobId).orElse(null);
    if (job == null || !job.status().isFinal()) {
      return;
    }
    if (job.status() == JobStatus.SUCCEEDED) {
      result = MonteCarloResultView.of(job.resultJson());
      outcome = null;
    } else {
      result = null;
      outcome = job.status() == JobStatus.CANCELLED ? "The simulation was cancelled." : "The simulation failed: "
          + job.error();
    }
  }

  public MonteCarloForm getForm() {
    return form;
  }

  public UUID getJobId() {
    return jobId;
  }

  public String getTicket() {
    return ticket;
  }

  public MonteCarloResultView getResult() {
    return result;
  }

  public String getOutcome() {
    return outcome;
  }
}
