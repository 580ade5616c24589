package com.valorivx.web.faces;

import java.util.Set;

/**
 * One destination of the main menu.
 *
 * @param outcome the view id it opens, e.g. {@code /dcf.xhtml}
 * @param icon a PrimeIcons class, e.g. {@code pi pi-chart-line}
 * @param roles who sees it; empty for everybody signed in
 */
public record MenuEntry(String label, String outcome, String icon, Set<String> roles) {

  public MenuEntry {
    roles = Set.copyOf(roles);
  }

  /** An entry every signed-in user sees. */
  public static MenuEntry of(String label, String outcome, String icon) {
    return new MenuEntry(label, outcome, icon, Set.of());
  }
}
