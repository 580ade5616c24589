package com.valorivx.web.valuation;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.RunComparison;
import com.valorivx.valuation.RunComparisonService;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.faces.Messages;
import com.valorivx.web.security.SignedInUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The compare page ({@code compare.xhtml?ids=a,b}): picks two or more runs from the newest of the
 * run history and shows them side by side, field by field, differing fields highlighted.
 */
@Named
@ViewScoped
public class CompareBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many of the newest runs the picker offers. */
  static final int PICKABLE = 50;

  @Inject
  RunComparisonService comparisons;

  @Inject
  ValuationService valuations;

  @Inject
  SignedInUser user;

  private String ids;
  private List<String> picked = new ArrayList<>();
  private List<RunRow> recent;
  private ComparisonTable table;
  private boolean onlyDifferences;

  /** Offers the newest runs and compares the runs named in the URL, if any. */
  public void load() {
    recent = valuations.list(user.caller(), null, 0, PICKABLE).items().stream().map(RunRow::of).toList();
    if (ids != null && !ids.isBlank()) {
      picked = new ArrayList<>(List.of(ids.split(",")));
      try {
        RunComparison comparison = comparisons.compare(user.caller(), ids);
        table = ComparisonTable.of(comparison);
      } catch (InvalidAssumptionsException e) {
        Messages.error("Pick two to ten runs: " + e.getMessage());
      } catch (RecordNotFoundException e) {
        Messages.warn(e.getMessage());
      }
    }
  }

  /** Reopens the page comparing the picked runs. */
  public String compare() {
    return "/compare.xhtml?faces-redirect=true&ids=" + String.join(",", picked);
  }

  public String getIds() {
    return ids;
  }

  public void setIds(String ids) {
    this.ids = ids;
  }

  public List<String> getPicked() {
    return picked;
  }

  public void setPicked(List<String> picked) {
    this.picked = picked;
  }

  public List<RunRow> getRecent() {
    return recent;
  }

  public ComparisonTable getTable() {
    return table;
  }

  /** The rows to show: all, or only the differing ones. */
  public List<ComparisonTable.Row> getRows() {
    return table == null ? List.of()
        : table.rows().stream().filter(row -> !onlyDifferences || row.differs()).toList();
  }

  public boolean isOnlyDifferences() {
    return onlyDifferences;
  }

  public void setOnlyDifferences(boolean onlyDifferences) {
    this.onlyDifferences = onlyDifferences;
  }
}
