package com.valorivx.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.AccessDeniedException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Quota;
import com.valorivx.governance.QuotaExceededException;
import com.valorivx.governance.Role;
import com.valorivx.governance.SeatFixture;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** PlanService in the container: the default plan, assignment rules and the seat check. */
@ExtendWith(ArquillianExtension.class)
class PlanServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.valuationServices();
  }

  @Inject
  PlanService plans;

  @Inject
  SeatFixture fixture;

  private final Caller operator = Caller.of(UUID.randomUUID().toString(), "operator", Set.of(Role.OPERATOR));

  @Test
  void aTenantWithoutAssignmentIsOnEnterprise() {
    assertThat(plans.planOf(UUID.randomUUID()).code()).isEqualTo(Plan.DEFAULT_CODE);
    assertThat(plans.plans()).extracting(Plan::code).containsExactly("TRIAL", "STARTER", "PROFESSIONAL", "ENTERPRISE");
  }

  @Test
  void onlyOperatorsAssignKnownPlans() {
    UUID tenant = fixture.tenantWithUsers("TRIAL", 0);
    assertThat(plans.assign(operator, tenant, "PROFESSIONAL").code()).isEqualTo("PROFESSIONAL");
    assertThat(plans.planOf(tenant).code()).isEqualTo("PROFESSIONAL");
    assertThatThrownBy(() -> plans.assign(operator, tenant, "GOLD"))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class,
            e -> assertThat(e.errors()).extracting(error -> error.field()).containsExactly("plan"));
    Caller admin = Caller.of(tenant.toString(), "admin", Set.of(Role.ADMIN));
    assertThatThrownBy(() -> plans.assign(admin, tenant, "ENTERPRISE")).isInstanceOf(AccessDeniedException.class);
    assertThat(plans.planOf(tenant).code()).isEqualTo("PROFESSIONAL");
  }

  /** TRIAL has 2 seats: a tenant with 1 user may add one more, a tenant with 2 may not. */
  @Test
  void seatsBeyondThePlanAreRefused() {
    plans.requireSeat(fixture.tenantWithUsers("TRIAL", 1));
    UUID full = fixture.tenantWithUsers("TRIAL", 2);
    assertThatThrownBy(() -> plans.requireSeat(full))
        .isInstanceOfSatisfying(QuotaExceededException.class, e -> {
          assertThat(e.quota()).isEqualTo(Quota.SEATS);
          assertThat(e.limit()).isEqualTo(2);
        });
  }
}
