package com.valorivx.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Feature;
import com.valorivx.governance.Plan;
import com.valorivx.persistence.billing.PlanRepository.PlanChange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expected charges, webhook event parsing and the reconciliation CSV. */
class BillingArithmeticTest {

  static final Plan STARTER = new Plan("STARTER", "Starter", Set.of(Feature.DCF), 500, 5_000_000, 5, 120, 30, 90,
      "USD", new BigDecimal("99.0000"), new BigDecimal("0.2000"), new BigDecimal("0.0100"), new BigDecimal("25.0000"));

  @Test
  void expectedChargeAddsFeeUnitsPathsAndSeatMonths() {
    // 2 × 99 + 37 × 0.20 + 123 456 / 1000 × 0.01 + 7 × 25 = 198 + 7.40 + 1.23456 + 175 = 381.63456 → 381.63
    assertThat(BillingService.expectedCharge(STARTER, 2, 37, 123_456, 7)).isEqualByComparingTo("381.63");
    assertThat(BillingService.expectedCharge(STARTER, 1, 0, 0, 0)).isEqualByComparingTo("99.00");
  }

  @Test
  void eventsAreParsedWithExactAmounts() {
    UUID tenant = UUID.randomUUID();
    BillingEvent event = BillingService.parse(("{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"tenantId\":\"" + tenant
        + "\",\"amount\":1234.5678,\"currency\":\"USD\",\"occurredAt\":\"2026-12-01T10:00:00Z\"}")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(event.amount()).isEqualByComparingTo("1234.5678");
    assertThat(event.tenantId()).isEqualTo(tenant);
  }

  @Test
  void incompleteEventsNameTheFields() {
    assertThatThrownBy(() -> BillingService.parse("{\"id\":\"e\",\"amount\":\"x\",\"currency\":\"usd\"}"
        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InvalidAssumptionsException.class, e -> assertThat(e.getMessage())
            .contains("type").contains("amount").contains("currency").contains("occurredAt"));
    assertThatThrownBy(() -> BillingService.parse("not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidAssumptionsException.class).hasMessageContaining("body");
  }

  @Test
  void csvQuotesAndNeutralisesFormulas() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    Reconciliation reconciliation = new Reconciliation(LocalDate.parse("2026-12-01"), LocalDate.parse("2027-01-01"),
        new BigDecimal("0.01"), List.of(new ReconciliationLine(id, "=Acme, \"Ltd\"", "STARTER", "USD", 1, 3, 0, 2,
            new BigDecimal("149.60"), new BigDecimal("150.00"), new BigDecimal("0.40"), true,
            List.of("TRIAL", "STARTER"))));
    assertThat(ReconciliationCsv.write(reconciliation)).isEqualTo(ReconciliationCsv.HEADER + "\r\n"
        + "00000000-0000-0000-0000-000000000001,\"'=Acme, \"\"Ltd\"\"\",STARTER,USD,1,3,0,2,149.60,150.00,0.40,true,"
        + "TRIAL;STARTER\r\n");
  }

  @Test
  void eachMonthIsPricedAtThePlanInForceAtItsEnd() {
    List<PlanChange> changes = List.of(
        new PlanChange("STARTER", Instant.parse("2026-09-10T08:00:00Z")),
        new PlanChange("PROFESSIONAL", Instant.parse("2026-11-30T23:59:59Z")),
        new PlanChange("STARTER", Instant.parse("2027-01-01T00:00:00Z")));

    // August precedes the first change: the first plan. November ends on PROFESSIONAL (changed on
    // its last second); the change back at midnight on 1 January belongs to January, not December.
    assertThat(BillingService.planPerMonth(changes, YearMonth.of(2026, 8), YearMonth.of(2027, 1)))
        .containsExactly("STARTER", "STARTER", "STARTER", "PROFESSIONAL", "PROFESSIONAL", "STARTER");
    assertThat(BillingService.planPerMonth(List.of(), YearMonth.of(2026, 12), YearMonth.of(2026, 12)))
        .as("a tenant never put on a plan").containsExactly(Plan.DEFAULT_CODE);
  }
}
