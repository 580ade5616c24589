package com.valorivx.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.AuthService;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.job.JobRecovery;
import com.valorivx.job.JobNode;
import com.valorivx.job.JobService;
import com.valorivx.job.JobStatus;
import com.valorivx.job.JobStore;
import com.valorivx.job.JobView;
import com.valorivx.persistence.job.Job;
import com.valorivx.persistence.job.JobRepository;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.MonteCarloDcfRequest;
import com.valorivx.valuation.MonteCarloDcfRequest.DistributionRequest;
import com.valorivx.valuation.MonteCarloDcfService;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.ValuationService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Monte Carlo DCF jobs in the container: run on the managed executor, stored, cancelled, per tenant. */
@ExtendWith(ArquillianExtension.class)
class MonteCarloJobIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** A node name no server of the test has. */
  private static final String ANOTHER_SERVER = "another-host:/opt/payara/domains/domain1";

  @Deployment
  static WebArchive deployment() {
    return Deployments.valuationServices();
  }

  @Inject
  MonteCarloDcfService monteCarlo;

  @Inject
  JobService jobs;

  @Inject
  JobStore store;

  @Inject
  ValuationService valuations;

  @Inject
  AuthService auth;

  @Inject
  JobRepository repository;

  @Inject
  UserTransaction transaction;

  @Inject
  JobNode node;

  private Caller analyst;

  @BeforeEach
  void signIn() {
    Caller admin = auth.authenticate("admin", "it-admin-secret", "it-client").orElseThrow();
    analyst = Caller.of(admin.tenantId(), "analyst-" + UUID.randomUUID(), Set.of(Role.ANALYST));
  }

  static MonteCarloDcfRequest request(int paths, int years) {
    DcfRequest base = new DcfRequest("MC base", null, null,
        new DcfRequest.Projection(1000.0, years, Json.createValue(0.06), Json.createValue(0.15), 0.25, 2.0, 0.03),
        0.09, null, new DcfRequest.Terminal("GORDON", 0.025, null, null), false, 150.0, null, null, 100.0);
    return new MonteCarloDcfRequest("MC", "ACME", base, new MonteCarloDcfRequest.Distributions(
        new DistributionRequest("NORMAL", 0.06, 0.02, null, null, null),
        new DistributionRequest("TRIANGULAR", null, null, 0.10, 0.15, 0.19),
        new DistributionRequest("LOGNORMAL", 0.09, 0.01, null, null, null),
        new DistributionRequest("UNIFORM", null, null, 0.015, null, 0.03)), 0.5, paths, 42L, 10.0, null);
  }

  @Test
  void aJobRunsToSuccessAndStoresItsRun() throws InterruptedException {
    UUID id = monteCarlo.submit(analyst, request(50_000, 10));

    JobView done = awaitFinal(analyst, id);

    assertThat(done.status()).as("%s", done).isEqualTo(JobStatus.SUCCEEDED);
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(done.kind()).isEqualTo("MONTE_CARLO_DCF");
    String runId = Json.createReader(new java.io.StringReader(done.resultJson())).readObject().getString("runId");
    var run = valuations.find(analyst, UUID.fromString(runId)).orElseThrow();
    assertThat(run.kind()).isEqualTo(RunKind.MONTE_CARLO_DCF);
    assertThat(run.resultJson()).contains("\"percentiles\"").doesNotContain("runId");
  }

  @Test
  void anotherTenantSeesNoJobAndCannotCancelIt() throws InterruptedException {
    UUID id = monteCarlo.submit(analyst, request(10_000, 10));
    Caller stranger = Caller.of(UUID.randomUUID().toString(), "stranger", Set.of(Role.ADMIN));

    assertThat(jobs.find(stranger, id)).isEmpty();
    assertThat(jobs.cancel(stranger, id)).isEmpty();
    assertThat(awaitFinal(analyst, id).status()).isEqualTo(JobStatus.SUCCEEDED);
  }

  @Test
  void aCancelledJobStopsAndStaysCancelled() throws InterruptedException {
    UUID id = monteCarlo.submit(analyst, request(5_000_000, 50));
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (jobs.find(analyst, id).orElseThrow().status() == JobStatus.QUEUED && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }

    JobView cancelled = jobs.cancel(analyst, id).orElseThrow();

    assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(awaitFinal(analyst, id).status()).isEqualTo(JobStatus.CANCELLED);
    assertThat(jobs.find(analyst, id).orElseThrow().resultJson()).isNull();
  }

  @Test
  void badRequestsAreRejectedBeforeAnyJobExists() {
    MonteCarloDcfRequest good = request(1000, 10);
    MonteCarloDcfRequest noSeed = new MonteCarloDcfRequest(null, null, good.base(), good.distributions(), 0.0,
        1000, null, null, null);

    assertThatThrownBy(() -> monteCarlo.submit(analyst, noSeed))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("seed"));
    assertThatThrownBy(() -> monteCarlo.submit(Caller.of(analyst.tenantId(), "viewer", Set.of(Role.VIEWER)), good))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void aRestartFailsOnlyThisServersUnfinishedJobs() throws Exception {
    UUID own = store.create(analyst, "MONTE_CARLO_DCF", request(1000, 10));
    store.start(own);
    UUID elsewhere = jobOf(ANOTHER_SERVER, Instant.now());

    store.failOwnActive(JobRecovery.INTERRUPTED);

    JobView interrupted = jobs.find(analyst, own).orElseThrow();
    assertThat(interrupted.status()).isEqualTo(JobStatus.FAILED);
    assertThat(interrupted.error()).isEqualTo("interrupted by a server restart");
    assertThat(jobs.find(analyst, elsewhere).orElseThrow().status())
        .as("another server's job is not this restart's business").isEqualTo(JobStatus.QUEUED);
  }

  @Test
  void aJobWhoseServerStoppedAnsweringIsFailedByTheOthers() throws Exception {
    Instant longAgo = Instant.now().minus(JobRecovery.STALE_AFTER).minusSeconds(60);
    UUID abandoned = jobOf(ANOTHER_SERVER, longAgo);
    UUID alive = jobOf(ANOTHER_SERVER, Instant.now());
    UUID own = jobOf(node.name(), longAgo);

    store.beat(); // this server vouches for its own job, however long it has been queued
    store.failStale(Instant.now().minus(JobRecovery.STALE_AFTER), JobRecovery.ABANDONED);

    JobView failed = jobs.find(analyst, abandoned).orElseThrow();
    assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
    assertThat(failed.error()).isEqualTo(JobRecovery.ABANDONED);
    assertThat(jobs.find(analyst, alive).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
    assertThat(jobs.find(analyst, own).orElseThrow().status()).isEqualTo(JobStatus.QUEUED);
  }

  /** A QUEUED job of the analyst's tenant that the server {@code owner} took on at {@code heartbeat}. */
  private UUID jobOf(String owner, Instant heartbeat) throws Exception {
    UUID id = UUID.randomUUID();
    transaction.begin();
    repository.store(new Job(id, analyst.tenant().value(), "MONTE_CARLO_DCF", "{}", analyst.username(),
        heartbeat.truncatedTo(ChronoUnit.MICROS), owner));
    transaction.commit();
    return id;
  }

  private JobView awaitFinal(Caller caller, UUID id) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    JobView job = jobs.find(caller, id).orElseThrow();
    while (!job.status().isFinal() && System.nanoTime() < deadline) {
      Thread.sleep(25);
      job = jobs.find(caller, id).orElseThrow();
    }
    return job;
  }
}
