package com.valorivx.market;

import com.valorivx.engine.market.DatasetKind;
import com.valorivx.engine.market.PriceHistory;
import com.valorivx.engine.market.SyntheticMarket;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The built-in sample data sets. They are generated from a fixed seed when first asked for, not
 * stored: every tenant, including one created a minute ago, sees the same two read-only sets under
 * the same well-known ids, and no migration or per-tenant copy has to be kept in step with the
 * generator.
 */
public final class SampleDatasets {

  /** The synthetic daily prices. */
  public static final UUID PRICES_ID = UUID.fromString("00000000-0000-4000-8000-5a3b1e000001");

  /** The synthetic annual revenue. */
  public static final UUID FUNDAMENTALS_ID = UUID.fromString("00000000-0000-4000-8000-5a3b1e000002");

  private static final Instant PUBLISHED = Instant.parse("2025-01-01T00:00:00Z");

  private static final String AUTHOR = "system";

  private SampleDatasets() {
  }

  /** Both samples, prices first. */
  public static List<DatasetView> all() {
    return List.of(view(PRICES_ID, "Sample prices (synthetic)", DatasetKind.PRICES, Holder.PRICES),
        view(FUNDAMENTALS_ID, "Sample annual revenue (synthetic)", DatasetKind.FUNDAMENTALS, Holder.REVENUE));
  }

  public static boolean isSample(UUID id) {
    return PRICES_ID.equals(id) || FUNDAMENTALS_ID.equals(id);
  }

  public static Optional<DatasetView> view(UUID id) {
    return all().stream().filter(v -> v.id().equals(id)).findFirst();
  }

  /** The full history of a sample, or empty when {@code id} is not one. */
  public static Optional<PriceHistory> history(UUID id) {
    if (PRICES_ID.equals(id)) {
      return Optional.of(Holder.PRICES);
    }
    return FUNDAMENTALS_ID.equals(id) ? Optional.of(Holder.REVENUE) : Optional.empty();
  }

  private static DatasetView view(UUID id, String name, DatasetKind kind, PriceHistory h) {
    return new DatasetView(id, name, kind, true, h.symbols(), h.dates().get(0), h.dates().get(h.dates().size() - 1),
        h.dates().size(), PUBLISHED, AUTHOR);
  }

  /** Generated once per class loader, on first use. */
  private static final class Holder {
    static final PriceHistory PRICES = SyntheticMarket.samplePrices();
    static final PriceHistory REVENUE = SyntheticMarket.sampleRevenue();
  }
}
