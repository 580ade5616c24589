package com.valorivx.web.faces;

import com.valorivx.governance.Role;
import com.valorivx.web.security.SignedInUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;

/**
 * The side navigation of the application shell, in sections. A page joins with one line in its
 * section; an entry with roles is shown only to users holding one of them, and a section with
 * nothing to show is left out.
 */
@Named("navigation")
@ApplicationScoped
public class NavigationMenu {

  private static final List<MenuSection> SECTIONS = List.of(
      MenuSection.of("",
          MenuEntry.of("Dashboard", "/index.xhtml", "pi pi-home")),
      MenuSection.of("Valuation",
          MenuEntry.of("DCF", "/dcf.xhtml", "pi pi-chart-line"),
          MenuEntry.of("Monte Carlo", "/monte-carlo.xhtml", "pi pi-chart-bar"),
          MenuEntry.of("LBO", "/lbo.xhtml", "pi pi-briefcase"),
          MenuEntry.of("M&A", "/mna.xhtml", "pi pi-sitemap"),
          MenuEntry.of("Options", "/options.xhtml", "pi pi-sliders-h"),
          MenuEntry.of("Real options", "/real-options.xhtml", "pi pi-directions"),
          MenuEntry.of("Cash flows", "/cash-flows.xhtml", "pi pi-money-bill")),
      MenuSection.of("Analytics",
          MenuEntry.of("Market data", "/market-data.xhtml", "pi pi-table"),
          MenuEntry.of("Portfolio", "/portfolio.xhtml", "pi pi-percentage"),
          MenuEntry.of("Risk", "/risk.xhtml", "pi pi-shield"),
          MenuEntry.of("Credit", "/credit.xhtml", "pi pi-building"),
          MenuEntry.of("Forecast", "/forecast.xhtml", "pi pi-chart-line")),
      MenuSection.of("Work",
          MenuEntry.of("Run history", "/runs.xhtml", "pi pi-history"),
          MenuEntry.of("Scenarios", "/scenarios.xhtml", "pi pi-bookmark"),
          MenuEntry.of("Compare", "/compare.xhtml", "pi pi-clone")),
      MenuSection.of("Administration",
          MenuEntry.of("Plan & usage", "/admin/plan.xhtml", "pi pi-gauge"),
          new MenuEntry("Users", "/admin/users.xhtml", "pi pi-users", Set.of(Role.ADMIN, Role.OPERATOR)),
          new MenuEntry("Tenants", "/admin/tenants.xhtml", "pi pi-cog", Set.of(Role.OPERATOR)),
          new MenuEntry("Audit", "/admin/audit.xhtml", "pi pi-list", Set.of(Role.ADMIN, Role.OPERATOR)),
          new MenuEntry("Billing", "/admin/billing.xhtml", "pi pi-wallet", Set.of(Role.OPERATOR))));

  @Inject
  SignedInUser user;

  /** The sections and entries the signed-in user may see. */
  public List<MenuSection> getSections() {
    return SECTIONS.stream()
        .map(section -> new MenuSection(section.title(),
            section.entries().stream().filter(entry -> user.hasAnyRole(entry.roles())).toList()))
        .filter(section -> !section.entries().isEmpty())
        .toList();
  }
}
