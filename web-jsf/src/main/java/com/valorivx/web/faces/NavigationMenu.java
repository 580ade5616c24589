package com.valorivx.web.faces;

import com.valorivx.governance.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The main menu of the application shell. Only pages that exist are listed. The other models
 * (LBO, M&amp;A, Options, Real options, Monte Carlo, Portfolio, Risk, Credit) and Admin join with one
 * line each when their pages land, e.g.
 * {@code new MenuEntry("Admin", "/admin/tenants.xhtml", "pi pi-cog", Set.of(Role.ADMIN, Role.OPERATOR))}.
 */
@Named("navigation")
@ApplicationScoped
public class NavigationMenu {

  private static final List<MenuEntry> ENTRIES = List.of(
      MenuEntry.of("Dashboard", "/index.xhtml", "pi pi-home"),
      MenuEntry.of("DCF", "/dcf.xhtml", "pi pi-chart-line"),
      MenuEntry.of("Monte Carlo", "/monte-carlo.xhtml", "pi pi-chart-bar"),
      MenuEntry.of("LBO", "/lbo.xhtml", "pi pi-briefcase"),
      MenuEntry.of("M&A", "/mna.xhtml", "pi pi-sitemap"),
      MenuEntry.of("Options", "/options.xhtml", "pi pi-sliders-h"),
      MenuEntry.of("Real options", "/real-options.xhtml", "pi pi-directions"),
      MenuEntry.of("Cash flows", "/cash-flows.xhtml", "pi pi-money-bill"),
      MenuEntry.of("Portfolio", "/portfolio.xhtml", "pi pi-percentage"),
      MenuEntry.of("Risk", "/risk.xhtml", "pi pi-shield"),
      MenuEntry.of("Credit", "/credit.xhtml", "pi pi-building"),
      MenuEntry.of("Forecast", "/forecast.xhtml", "pi pi-chart-line"),
      MenuEntry.of("Run history", "/runs.xhtml", "pi pi-history"),
      MenuEntry.of("Scenarios", "/scenarios.xhtml", "pi pi-bookmark"),
      MenuEntry.of("Compare", "/compare.xhtml", "pi pi-clone"),
      MenuEntry.of("Plan & usage", "/admin/plan.xhtml", "pi pi-gauge"),
      new MenuEntry("Billing", "/admin/billing.xhtml", "pi pi-wallet", Set.of(Role.OPERATOR)));

  public List<MenuEntry> getEntries() {
    return ENTRIES;
  }
}
