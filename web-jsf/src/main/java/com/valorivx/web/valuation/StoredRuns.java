package com.valorivx.web.valuation;

import com.valorivx.governance.Caller;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ValuationService;
import com.valorivx.web.faces.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Reopens a stored run into a model page ({@code <page>?run=<id>}): reads the caller's tenant's run
 * of the page's kind back into its request and result records, or warns that there is none.
 */
@ApplicationScoped
public class StoredRuns {

  @Inject
  ValuationService valuations;

  /** A stored run read back: its history line, the request it was valued from and its stored result. */
  public record Stored<Q, V>(RunRow run, Q request, V result) {
  }

  /** What a page does with the run it reopens. */
  @FunctionalInterface
  public interface Show<Q, V> {
    void show(Stored<Q, V> stored);
  }

  /**
   * Hands the run of {@code kind} named in the page's URL to {@code show}, read as
   * {@code requestType} and {@code resultType}, and records it in {@code reopening}; a page warning
   * when the tenant has no such run. Nothing when the URL names no run.
   */
  public <Q, V> void reopen(Caller caller, Reopening reopening, RunKind kind, Class<Q> requestType,
      Class<V> resultType, Show<Q, V> show) {
    UUID id = reopening.getRun();
    if (id == null) {
      return;
    }
    valuations.find(caller, id).filter(run -> run.kind() == kind)
        .map(run -> new Stored<>(RunRow.of(run), RunDocuments.read(run.inputsJson(), requestType),
            RunDocuments.read(run.resultJson(), resultType)))
        .ifPresentOrElse(stored -> {
          show.show(stored);
          reopening.shows(stored.run());
        }, () -> Messages.warn("No " + kind + " run " + id + " in your tenant"));
  }
}
