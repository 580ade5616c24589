package com.valorivx.web.faces;

import java.util.List;

/**
 * A titled group of the side navigation, e.g. "Valuation" or "Administration".
 *
 * @param title the heading shown above the entries; blank for the untitled first group
 */
public record MenuSection(String title, List<MenuEntry> entries) {

  public MenuSection {
    entries = List.copyOf(entries);
  }

  static MenuSection of(String title, MenuEntry... entries) {
    return new MenuSection(title, List.of(entries));
  }
}
