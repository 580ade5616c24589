package com.valorivx.analytics;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.FieldError;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.forecast.ForecastAssumptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/analytics/forecast/batch}: many named {@code series}, each a {@code history}
 * oldest first, forecast with the same options as {@code POST /analytics/forecast} ({@code horizon},
 * {@code method}, {@code alpha}, {@code beta}, {@code confidence}, {@code holdout}); {@code name}
 * labels the stored run. It is the document stored as the run's inputs.
 */
public record ForecastBatchRequest(String name, List<Series> series, Integer horizon, String method, Double alpha,
    Double beta, Double confidence, Integer holdout) {

  /** Most series in one batch. */
  public static final int MAX_SERIES = 2000;

  /** One named history. */
  public record Series(String name, List<Double> history) {
  }

  /** The single-series request of series {@code i} with the batch's common options. */
  public ForecastRequest request(int i) {
    Series s = series.get(i);
    return new ForecastRequest(s.name(), s.history(), null, horizon, method, alpha, beta, confidence, holdout);
  }

  /**
   * Checks every series with the common options and builds their assumptions, in order; all errors
   * come back together, a series' own fields as {@code series[i].history} (or {@code .name},
   * {@code .holdout}), the common options once under their own names.
   */
  public List<ForecastAssumptions> toAssumptions() {
    Checks checks = Checks.start();
    checks.require(name == null || name.length() <= ForecastRequest.MAX_NAME_LENGTH, "name",
        "is longer than " + ForecastRequest.MAX_NAME_LENGTH + " characters");
    checks.require(series != null && !series.isEmpty(), "series", "needs at least one series");
    checks.require(series == null || series.size() <= MAX_SERIES, "series",
        () -> "has " + series.size() + " entries; at most " + MAX_SERIES);
    checks.throwIfAny();
    Set<FieldError> errors = new LinkedHashSet<>();
    Set<String> names = new HashSet<>();
    List<ForecastAssumptions> built = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String prefix = "series[" + i + "].";
      if (s == null) {
        errors.add(new FieldError("series[" + i + "]", "is required"));
        continue;
      }
      if (s.name() == null || s.name().isBlank()) {
        errors.add(new FieldError(prefix + "name", "is required"));
      } else if (!names.add(s.name())) {
        errors.add(new FieldError(prefix + "name", "repeats the name " + s.name() + "; names must be unique"));
      }
      try {
        built.add(request(i).toAssumptions());
      } catch (InvalidAssumptionsException e) {
        for (FieldError error : e.errors()) {
          boolean own = error.field().startsWith("history") || error.field().startsWith("holdout")
              || error.field().equals("name");
          errors.add(own ? new FieldError(prefix + error.field(), error.message()) : error);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidAssumptionsException(List.copyOf(errors));
    }
    return built;
  }
}
