package com.valorivx.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.engine.market.MarketEstimate;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.persistence.common.Page;
import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.market.MarketDataRepository;
import com.valorivx.persistence.market.MarketDataset;
import com.valorivx.persistence.market.MarketObservation;
import com.valorivx.valuation.RecordNotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's rules over an in-memory repository: samples first, tenant scoping, all-or-nothing upload. */
class MarketDataServiceTest {

  private final InMemoryRepository repository = new InMemoryRepository();
  private final MarketDataService service = new MarketDataService();
  private final Caller analyst = Caller.of(UUID.randomUUID().toString(), "ana", Set.of(Role.ANALYST));
  private final Caller viewer = new Caller(analyst.tenant(), "vic", Set.of(Role.VIEWER));
  private final Caller stranger = Caller.of(UUID.randomUUID().toString(), "eve", Set.of(Role.ADMIN));

  private static final String CSV = "date,A,B\n2024-01-03,101,50.5\n2024-01-02,100,50\n2024-01-04,99.5,51\n"
      + "2024-01-05,102,50.2\n";

  @BeforeEach
  void wire() {
    service.datasets = repository;
  }

  @Test
  void uploadThenPagesListTheSamplesFirst() {
    DatasetView first = service.upload(analyst, " First ", null, CSV);
    DatasetView second = service.upload(analyst, "Second", "fundamentals", CSV);
    assertThat(first.name()).isEqualTo("First");
    assertThat(second.kind().name()).isEqualTo("FUNDAMENTALS");
    assertThat(repository.observations).hasSize(16);

    DatasetPage all = service.list(viewer, 0, 10);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items()).extracting(DatasetView::id).containsExactly(SampleDatasets.PRICES_ID,
        SampleDatasets.FUNDAMENTALS_ID, second.id(), first.id());
    // page size 3: the samples and the newest upload, then the oldest upload alone
    assertThat(service.list(viewer, 0, 3).items()).extracting(DatasetView::id).containsExactly(
        SampleDatasets.PRICES_ID, SampleDatasets.FUNDAMENTALS_ID, second.id());
    assertThat(service.list(viewer, 1, 3).items()).extracting(DatasetView::id).containsExactly(first.id());
    assertThat(service.list(stranger, 0, 10).items()).extracting(DatasetView::id)
        .containsExactly(SampleDatasets.PRICES_ID, SampleDatasets.FUNDAMENTALS_ID);
  }

  @Test
  void aBadFileStoresNothing() {
    assertThatThrownBy(() -> service.upload(analyst, "Bad", "PRICES", CSV + "2024-01-08,0,1\n"))
        .isInstanceOf(InvalidAssumptionsException.class);
    assertThat(repository.datasets).isEmpty();
    assertThat(repository.observations).isEmpty();
  }

  @Test
  void rolesAndTenants() {
    assertThatThrownBy(() -> service.upload(viewer, "x", null, CSV)).isInstanceOf(AccessDeniedException.class);
    DatasetView mine = service.upload(analyst, "Mine", null, CSV);
    assertThatThrownBy(() -> service.find(stranger, mine.id(), null, null)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.delete(stranger, mine.id())).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service.delete(viewer, mine.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.delete(analyst, SampleDatasets.PRICES_ID))
        .isInstanceOf(ReadOnlyDatasetException.class);
    service.delete(analyst, mine.id());
    assertThat(repository.datasets).isEmpty();
    assertThat(repository.observations).isEmpty();
  }

  @Test
  void storedDataRoundTripsIntoTheEstimator() {
    DatasetView mine = service.upload(analyst, "Mine", null, CSV);
    DatasetDetail window = service.find(viewer, mine.id(), "2024-01-03", "2024-01-04");
    assertThat(window.history().dates()).containsExactly(LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    assertThat(window.history().values()[0]).containsExactly(101, 50.5);
    MarketEstimate e = service.estimate(analyst, mine.id(), new EstimateRequest(null, null, null, "daily", "simple"));
    assertThat(e.observations()).isEqualTo(3);
    assertThat(e.assets()).containsExactly("A", "B");
    assertThatThrownBy(() -> service.estimate(viewer, mine.id(), new EstimateRequest(null, null, null, "daily", null)))
        .as("estimating is a model call, for analysts and admins").isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> service.estimate(analyst, mine.id(), new EstimateRequest(null, "soon", null, "HOURLY",
        null))).isInstanceOf(InvalidAssumptionsException.class)
        .satisfies(x -> assertThat(((InvalidAssumptionsException) x).errors())
            .extracting(com.valorivx.engine.common.FieldError::field).containsExactly("from", "frequency"));
  }

  @Test
  void oneSymbolIsASeriesForAForecast() {
    DatasetView mine = service.upload(analyst, "Mine", "fundamentals", CSV);

    DatasetSeries b = service.series(viewer, mine.id(), "B", null, "2024-01-04");
    assertThat(b.symbol()).isEqualTo("B");
    assertThat(b.dates()).containsExactly(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3), LocalDate.of(2024, 1, 4));
    assertThat(b.values()).containsExactly(50.0, 50.5, 51.0);
    DatasetSeries revenue = service.series(viewer, SampleDatasets.FUNDAMENTALS_ID,
        SampleDatasets.view(SampleDatasets.FUNDAMENTALS_ID).orElseThrow().symbols().get(0), null, null);
    assertThat(revenue.values()).hasSize(10).allSatisfy(v -> assertThat(v).isPositive());

    assertThatThrownBy(() -> service.series(viewer, mine.id(), "C", null, null))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(com.valorivx.engine.common.FieldError::field).containsExactly("symbol"));
    assertThatThrownBy(() -> service.series(viewer, mine.id(), "A", "2025-01-01", null))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.errors())
            .extracting(com.valorivx.engine.common.FieldError::field).containsExactly("to"));
    assertThatThrownBy(() -> service.series(stranger, mine.id(), "A", null, null))
        .isInstanceOf(RecordNotFoundException.class);
  }

  /** The repository's contract over lists, newest first by creation time. */
  static final class InMemoryRepository extends MarketDataRepository {
    final List<MarketDataset> datasets = new ArrayList<>();
    final List<MarketObservation> observations = new ArrayList<>();

    @Override
    public MarketDataset store(MarketDataset dataset, List<MarketObservation> rows) {
      // creation order stands in for the timestamp, which may tie within a test
      datasets.add(0, dataset);
      observations.addAll(rows);
      return dataset;
    }

    @Override
    public Optional<MarketDataset> find(TenantId tenant, UUID id) {
      return datasets.stream().filter(d -> d.getTenantId().equals(tenant.value()) && d.getId().equals(id)).findFirst();
    }

    @Override
    public Page<MarketDataset> list(TenantId tenant, int offset, int limit, int page, int size) {
      List<MarketDataset> mine = datasets.stream().filter(d -> d.getTenantId().equals(tenant.value())).toList();
      List<MarketDataset> slice = limit <= 0 ? List.of()
          : mine.subList(Math.min(offset, mine.size()), Math.min(offset + limit, mine.size()));
      return new Page<>(slice, page, size, mine.size());
    }

    @Override
    public List<MarketObservation> observations(TenantId tenant, UUID dataset, LocalDate from, LocalDate to) {
      return observations.stream().filter(o -> o.getDatasetId().equals(dataset))
          .filter(o -> (from == null || !o.getDate().isBefore(from)) && (to == null || !o.getDate().isAfter(to)))
          .sorted(Comparator.comparing(MarketObservation::getDate).thenComparing(MarketObservation::getSymbol))
          .toList();
    }

    @Override
    public void remove(TenantId tenant, MarketDataset dataset) {
      observations.removeIf(o -> o.getDatasetId().equals(dataset.getId()));
      datasets.remove(dataset);
    }
  }
}
