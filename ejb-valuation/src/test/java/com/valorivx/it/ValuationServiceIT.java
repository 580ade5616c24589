package com.valorivx.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.AuthService;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Role;
import com.valorivx.valuation.DcfRequest;
import com.valorivx.valuation.DcfRun;
import com.valorivx.valuation.RunKind;
import com.valorivx.valuation.RunPage;
import com.valorivx.valuation.StoredRun;
import com.valorivx.valuation.ValuationService;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ValuationService in the container: runs are stored per tenant, reopened, listed and guarded. */
@ExtendWith(ArquillianExtension.class)
class ValuationServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.valuationServices();
  }

  @Inject
  ValuationService valuations;

  @Inject
  AuthService auth;

  private Caller analyst;

  @BeforeEach
  void signIn() {
    Caller admin = auth.authenticate("admin", "it-admin-secret", "it-client").orElseThrow();
    analyst = Caller.of(admin.tenantId(), "analyst-" + UUID.randomUUID(), Set.of(Role.ANALYST));
  }

  private static DcfRequest workedExample(String name) {
    return new DcfRequest(name, "ACME", List.of(100.0, 110.0, 121.0, 133.1, 146.41), null, 0.10, null,
        new DcfRequest.Terminal("GORDON", 0.03, null, null), false, 200.0, null, null, 100.0);
  }

  @Test
  void storesTheRunAndReopensItWithItsInputs() {
    DcfRun run = valuations.valueDcf(analyst, workedExample("Worked example"));

    assertThat(run.valuation().valuePerShare()).isCloseTo(15.92, within(0.005));
    StoredRun stored = valuations.find(analyst, run.id()).orElseThrow();
    assertThat(stored.kind()).isEqualTo(RunKind.DCF);
    assertThat(stored.createdBy()).isEqualTo(analyst.username());
    assertThat(stored.engineVersion()).isEqualTo("dcf-1.0");
    assertThat(JsonbBuilder.create().fromJson(stored.inputsJson(), DcfRequest.class))
        .isEqualTo(workedExample("Worked example"));
    assertThat(stored.resultJson()).contains("\"enterpriseValue\":1792.2");
  }

  @Test
  void anotherTenantSeesNothing() {
    DcfRun run = valuations.valueDcf(analyst, workedExample("Private"));
    Caller stranger = Caller.of(UUID.randomUUID().toString(), "stranger", Set.of(Role.ADMIN));

    assertThat(valuations.find(stranger, run.id())).isEmpty();
    assertThat(valuations.list(stranger, null, 0, 20).total()).isZero();
  }

  @Test
  void listsNewestFirstWithTotal() {
    long before = valuations.list(analyst, "DCF", 0, 1).total();
    DcfRun first = valuations.valueDcf(analyst, workedExample("First"));
    DcfRun second = valuations.valueDcf(analyst, workedExample("Second"));

    RunPage page = valuations.list(analyst, "DCF", 0, 2);

    assertThat(page.total()).isEqualTo(before + 2);
    assertThat(page.items()).extracting(StoredRun::id).containsExactly(second.id(), first.id());
    assertThat(valuations.list(analyst, "DCF", 1, 1).items()).extracting(StoredRun::id).containsExactly(first.id());
  }

  @Test
  void rejectedInputsArriveUnwrappedAndStoreNothing() {
    long before = valuations.list(analyst, null, 0, 1).total();
    DcfRequest impossible = new DcfRequest(null, null, List.of(100.0), null, 0.05, null,
        new DcfRequest.Terminal("GORDON", 0.06, null, null), false, 0.0, null, null, 10.0);

    assertThatThrownBy(() -> valuations.valueDcf(analyst, impossible))
        .isInstanceOf(InvalidAssumptionsException.class)
        .hasMessageContaining("terminal.growth");
    assertThat(valuations.list(analyst, null, 0, 1).total()).isEqualTo(before);
  }

  @Test
  void viewersCannotRunModels() {
    Caller viewer = Caller.of(analyst.tenantId(), "viewer", Set.of(Role.VIEWER));

    assertThatThrownBy(() -> valuations.valueDcf(viewer, workedExample("Nope")))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void badPagingIsRejectedByField() {
    assertThatThrownBy(() -> valuations.list(analyst, "NOT_A_MODEL", -1, 500))
        .isInstanceOf(InvalidAssumptionsException.class)
        .hasMessageContaining("page").hasMessageContaining("size").hasMessageContaining("kind");
  }
}
