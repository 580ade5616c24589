package com.valorivx.web.valuation;

import com.valorivx.valuation.RunPage;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The dashboard: the tenant's latest runs and how many there are. */
@Named
@RequestScoped
public class DashboardBacking {

  /** How many recent runs the dashboard lists. */
  static final int RECENT = 5;

  @Inject
  ValuationService valuations;

  @Inject
  SignedInUser user;

  private RunPage latest;

  @PostConstruct
  void init() {
    latest = valuations.list(user.caller(), null, 0, RECENT);
  }

  public List<RunRow> getRecentRuns() {
    return latest.items().stream().map(RunRow::of).toList();
  }

  public long getRunCount() {
    return latest.total();
  }
}
