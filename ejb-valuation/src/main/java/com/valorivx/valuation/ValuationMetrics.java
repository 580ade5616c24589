package com.valorivx.valuation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Counts and times valuations by kind ({@code valor_valuations_seconds{kind="DCF"}} on
 * /metrics) and counts rejected requests ({@code valor_valuations_rejected_total}).
 */
@ApplicationScoped
public class ValuationMetrics {

  private static final Metadata TIMER = Metadata.builder()
      .withName("valor_valuations")
      .withDescription("Time spent valuing a model, by kind")
      .withUnit(MetricUnits.SECONDS)
      .build();

  private static final Metadata REJECTED = Metadata.builder()
      .withName("valor_valuations_rejected")
      .withDescription("Valuation requests rejected for invalid assumptions, by kind")
      .build();

  @Inject
  MetricRegistry registry;

  /** Times {@code work}; a rejection of its inputs is counted, then passed on. */
  public <T> T time(RunKind kind, Supplier<T> work) {
    Tag tag = new Tag("kind", kind.name());
    Timer.Context context = registry.timer(TIMER, tag).time();
    try {
      return work.get();
    } catch (IllegalArgumentException rejected) {
      Counter counter = registry.counter(REJECTED, tag);
      counter.inc();
      throw rejected;
    } finally {
      context.stop();
    }
  }
}
