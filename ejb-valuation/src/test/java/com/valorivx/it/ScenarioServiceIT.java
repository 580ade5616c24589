package com.valorivx.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.AuthService;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.RecordNotFoundException;
import com.valorivx.valuation.ScenarioConflictException;
import com.valorivx.valuation.ScenarioService;
import com.valorivx.valuation.ScenarioView;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ScenarioService in the container: the optimistic lock holds against stale and concurrent edits; tenants stay apart. */
@ExtendWith(ArquillianExtension.class)
class ScenarioServiceIT {

  private static final String INPUTS = """
      {"freeCashFlows":[100,110,121,133.1,146.41],"discountRate":0.1,
       "terminal":{"method":"GORDON","growth":0.03},"netDebt":200,"sharesOutstanding":100}""";

  @Deployment
  static WebArchive deployment() {
    return Deployments.valuationServices();
  }

  @Inject
  ScenarioService scenarios;

  @Inject
  AuthService auth;

  @Resource
  ManagedExecutorService executor;

  private Caller analyst;

  @BeforeEach
  void signIn() {
    Caller admin = auth.authenticate("admin", "it-admin-secret", "it-client").orElseThrow();
    analyst = Caller.of(admin.tenantId(), "analyst-" + UUID.randomUUID(), Set.of(Role.ANALYST));
  }

  private ScenarioView saved(String name) {
    return scenarios.save(analyst, name + " " + UUID.randomUUID(), "DCF", INPUTS);
  }

  private static String withRate(double rate) {
    return INPUTS.replace("\"discountRate\":0.1", "\"discountRate\":" + rate);
  }

  @Test
  void aStaleVersionIsRefusedAndChangesNothing() {
    ScenarioView opened = saved("Stale");
    ScenarioView first = scenarios.update(analyst, opened.id(), null, withRate(0.11), opened.version());

    assertThat(first.version()).isEqualTo(opened.version() + 1);
    assertThatThrownBy(() -> scenarios.update(analyst, opened.id(), "Overwrite", withRate(0.12), opened.version()))
        .isInstanceOf(ScenarioConflictException.class);
    ScenarioView now = scenarios.find(analyst, opened.id()).orElseThrow();
    assertThat(now.version()).isEqualTo(first.version());
    assertThat(now.name()).isEqualTo(opened.name());
    assertThat(now.inputsJson()).contains("\"discountRate\":0.11");
  }

  @Test
  void ofTwoConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
    for (int round = 0; round < 5; round++) {
      ScenarioView opened = saved("Race");
      CountDownLatch start = new CountDownLatch(1);
      List<Future<ScenarioView>> edits = new ArrayList<>();
      for (double rate : new double[] {0.11, 0.12}) {
        edits.add(executor.submit(() -> {
          start.await();
          return scenarios.update(analyst, opened.id(), null, withRate(rate), opened.version());
        }));
      }
      start.countDown();

      List<ScenarioView> won = new ArrayList<>();
      List<Throwable> lost = new ArrayList<>();
      for (Future<ScenarioView> edit : edits) {
        try {
          won.add(edit.get(30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          lost.add(e.getCause());
        }
      }
      assertThat(won).as("round %d", round).hasSize(1);
      assertThat(lost).as("round %d", round).singleElement().isInstanceOf(ScenarioConflictException.class);
      ScenarioView now = scenarios.find(analyst, opened.id()).orElseThrow();
      assertThat(now.version()).isEqualTo(opened.version() + 1);
      assertThat(now.inputsJson()).isEqualTo(won.get(0).inputsJson());
    }
  }

  @Test
  void impossibleInputsAreNamedUnderInputsAndNotStored() {
    String name = "Impossible " + UUID.randomUUID();
    assertThatThrownBy(() -> scenarios.save(analyst, name, "DCF",
        INPUTS.replace("\"growth\":0.03", "\"growth\":0.2")))
        .isInstanceOf(InvalidAssumptionsException.class)
        .satisfies(e -> assertThat(((InvalidAssumptionsException) e).errors())
            .allMatch(error -> error.field().startsWith("inputs.")));
    assertThat(scenarios.list(analyst, "DCF", 0, 100).items()).noneMatch(s -> s.name().equals(name));
  }

  @Test
  void viewersReadButDoNotWriteAndOtherTenantsSeeNothing() {
    ScenarioView mine = saved("Guarded");
    Caller viewer = Caller.of(analyst.tenantId(), "viewer", Set.of(Role.VIEWER));
    Caller stranger = Caller.of(UUID.randomUUID().toString(), "stranger", Set.of(Role.ADMIN));

    assertThat(scenarios.find(viewer, mine.id())).isPresent();
    assertThatThrownBy(() -> scenarios.update(viewer, mine.id(), "x", null, mine.version()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> scenarios.delete(viewer, mine.id())).isInstanceOf(AccessDeniedException.class);
    assertThat(scenarios.find(stranger, mine.id())).isEmpty();
    assertThat(scenarios.list(stranger, null, 0, 10).total()).isZero();
    assertThatThrownBy(() -> scenarios.update(stranger, mine.id(), "x", null, mine.version()))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> scenarios.run(stranger, mine.id())).isInstanceOf(RecordNotFoundException.class);
  }
}
