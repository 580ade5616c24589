package com.valorivx.market;

import com.valorivx.audit.Audited;
import com.valorivx.engine.common.Checks;
import com.valorivx.engine.market.DatasetKind;
import com.valorivx.engine.market.Frequency;
import com.valorivx.engine.market.MarketEstimate;
import com.valorivx.engine.market.PriceHistory;
import com.valorivx.engine.market.ReturnEstimator;
import com.valorivx.engine.market.ReturnType;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.market.MarketDataRepository;
import com.valorivx.persistence.market.MarketDataset;
import com.valorivx.persistence.market.MarketObservation;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.ValuationService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Market data of a tenant (API.md "Market data"): upload a CSV table as a data set, list, open
 * and delete data sets, and estimate annualised return statistics for the portfolio optimiser.
 * The built-in synthetic samples ({@link SampleDatasets}) are listed first for every tenant and
 * are read-only. Analysts and admins upload and delete; viewers read and estimate.
 */
@Stateless
public class MarketDataService {

  public static final int MAX_NAME_LENGTH = 200;

  @Inject
  MarketDataRepository datasets;

  /** Parses the CSV and stores it as one data set, all or nothing; any bad cell is a 400 listing them all. */
  @Audited("market.dataset.upload")
  public DatasetView upload(Caller caller, String name, String kind, String csv) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    Checks checks = Checks.start();
    String trimmed = name == null ? "" : name.strip();
    checks.require(!trimmed.isEmpty(), "name", "is required");
    checks.require(trimmed.length() <= MAX_NAME_LENGTH, "name", "has at most " + MAX_NAME_LENGTH + " characters");
    DatasetKind parsedKind = parseEnum(checks, DatasetKind.class, kind, DatasetKind.PRICES, "kind");
    checks.throwIfAny();
    PriceHistory history = MarketCsvParser.parse(csv, parsedKind);
    UUID id = UUID.randomUUID();
    UUID tenant = caller.tenant().value();
    List<MarketObservation> rows = new ArrayList<>(history.dates().size() * history.symbols().size());
    for (int r = 0; r < history.dates().size(); r++) {
      for (int c = 0; c < history.symbols().size(); c++) {
        rows.add(new MarketObservation(UUID.randomUUID(), tenant, id, history.symbols().get(c), history.dates().get(r),
            history.values()[r][c]));
      }
    }
    MarketDataset stored = datasets.store(new MarketDataset(id, tenant, trimmed, parsedKind.name(), history.symbols(),
        history.dates().get(0), history.dates().get(history.dates().size() - 1), history.dates().size(),
        caller.username(), Instant.now().truncatedTo(ChronoUnit.MICROS)), rows);
    return view(stored);
  }

  /** The samples, then the tenant's uploads newest first. */
  public DatasetPage list(Caller caller, int page, int size) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    Checks.start()
        .require(page >= 0, "page", "must not be negative")
        .require(size >= 1 && size <= ValuationService.MAX_PAGE_SIZE, "size",
            "must be between 1 and " + ValuationService.MAX_PAGE_SIZE)
        .throwIfAny();
    List<DatasetView> samples = SampleDatasets.all();
    long start = (long) page * size;
    List<DatasetView> items = new ArrayList<>();
    for (long i = start; i < Math.min(samples.size(), start + size); i++) {
      items.add(samples.get((int) i));
    }
    int offset = (int) Math.max(0, start - samples.size());
    var stored = datasets.list(caller.tenant(), offset, size - items.size(), page, size);
    stored.items().forEach(d -> items.add(view(d)));
    return new DatasetPage(items, page, size, stored.total() + samples.size());
  }

  /** The data set with its observations between {@code from} and {@code to} (ISO dates, inclusive, optional). */
  public DatasetDetail find(Caller caller, UUID id, String from, String to) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST, Role.VIEWER);
    Checks checks = Checks.start();
    LocalDate fromDate = date(checks, from, "from");
    LocalDate toDate = date(checks, to, "to");
    checks.require(fromDate == null || toDate == null || !fromDate.isAfter(toDate), "to", "must not be before from");
    checks.throwIfAny();
    DatasetView view = metadata(caller, id);
    return new DatasetDetail(view, window(history(caller, view), fromDate, toDate));
  }

  /**
   * The observations of one {@code symbol} of the data set between {@code from} and {@code to}
   * (ISO dates, inclusive, optional), oldest first: the history a forecast starts from (uploads are
   * complete, so the values are evenly spaced as the file's dates are).
   */
  public DatasetSeries series(Caller caller, UUID id, String symbol, String from, String to) {
    DatasetDetail detail = find(caller, id, from, to);
    PriceHistory history = detail.history();
    int column = symbol == null ? -1 : history.column(symbol);
    Checks.start().require(column >= 0, "symbol", "must be one of " + String.join(", ", history.symbols()))
        .throwIfAny();
    List<Double> values = new ArrayList<>();
    for (double[] row : history.values()) {
      values.add(row[column]);
    }
    Checks.start().require(!values.isEmpty(), "to", "leaves no observation of " + symbol + " in the window")
        .throwIfAny();
    return new DatasetSeries(detail.dataset(), symbol, history.dates(), values);
  }

  @Audited("market.dataset.delete")
  public void delete(Caller caller, UUID id) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    if (SampleDatasets.isSample(id)) {
      throw new ReadOnlyDatasetException("The sample data set is built in and shared by every tenant; it cannot be "
          + "deleted.");
    }
    MarketDataset dataset = datasets.find(caller.tenant(), id).orElseThrow(() -> notFound(id));
    datasets.remove(caller.tenant(), dataset);
  }

  /**
   * Annualised expected returns, volatilities, correlations and covariance of the chosen symbols.
   * Like every model call (a POST), it is for analysts and admins; viewers read data sets.
   */
  public MarketEstimate estimate(Caller caller, UUID id, EstimateRequest request) {
    caller.requireAnyRole(Role.ADMIN, Role.ANALYST);
    EstimateRequest r = request == null ? new EstimateRequest(null, null, null, null, null) : request;
    Checks checks = Checks.start();
    LocalDate from = date(checks, r.from(), "from");
    LocalDate to = date(checks, r.to(), "to");
    Frequency frequency = parseEnum(checks, Frequency.class, r.frequency(), Frequency.DAILY, "frequency");
    ReturnType returns = parseEnum(checks, ReturnType.class, r.returns(), ReturnType.LOG, "returns");
    checks.throwIfAny();
    DatasetView view = metadata(caller, id);
    return ReturnEstimator.DEFAULT.estimate(history(caller, view), r.symbols(), from, to, frequency, returns);
  }

  // ---- helpers

  private DatasetView metadata(Caller caller, UUID id) {
    return SampleDatasets.view(id)
        .or(() -> datasets.find(caller.tenant(), id).map(MarketDataService::view))
        .orElseThrow(() -> notFound(id));
  }

  private PriceHistory history(Caller caller, DatasetView view) {
    if (view.synthetic()) {
      return SampleDatasets.history(view.id()).orElseThrow();
    }
    List<String> symbols = view.symbols();
    Map<LocalDate, double[]> rows = new LinkedHashMap<>();
    for (MarketObservation o : datasets.observations(caller.tenant(), view.id(), null, null)) {
      double[] row = rows.computeIfAbsent(o.getDate(), d -> {
        double[] empty = new double[symbols.size()];
        Arrays.fill(empty, Double.NaN);
        return empty;
      });
      int c = symbols.indexOf(o.getSymbol());
      if (c >= 0) {
        row[c] = o.getValue();
      }
    }
    return new PriceHistory(symbols, List.copyOf(rows.keySet()), rows.values().toArray(double[][]::new));
  }

  private static PriceHistory window(PriceHistory h, LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return h;
    }
    List<LocalDate> dates = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    for (int r = 0; r < h.dates().size(); r++) {
      LocalDate d = h.dates().get(r);
      if ((from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to))) {
        dates.add(d);
        values.add(h.values()[r].clone());
      }
    }
    return new PriceHistory(h.symbols(), dates, values.toArray(double[][]::new));
  }

  static DatasetView view(MarketDataset d) {
    return new DatasetView(d.getId(), d.getName(), DatasetKind.valueOf(d.getKind()), false, d.getSymbols(),
        d.getFirstDate(), d.getLastDate(), d.getRowCount(), d.getCreatedAt(), d.getCreatedBy());
  }

  private static LocalDate date(Checks checks, String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      checks.reject(field, "must be an ISO date (yyyy-mm-dd), was '" + text + "'");
      return null;
    }
  }

  private static <E extends Enum<E>> E parseEnum(Checks checks, Class<E> type, String text, E absent, String field) {
    if (text == null || text.isBlank()) {
      return absent;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      checks.reject(field, "must be one of " + Arrays.toString(type.getEnumConstants()).replaceAll("[\\[\\]]", "")
          + ", was '" + text + "'");
      return null;
    }
  }

  private static RecordNotFoundException notFound(UUID id) {
    return new RecordNotFoundException("No market data set " + id + " in your tenant.");
  }
}
