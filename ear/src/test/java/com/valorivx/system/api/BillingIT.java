package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * API.md "Billing": the signed, idempotent webhook (100 concurrent deliveries of one event leave one
 * row), and the reconciliation of metered usage at the plan's unit prices against billed amounts.
 */
class BillingIT {

  private static final Logger LOG = Logger.getLogger(BillingIT.class.getName());
  static final String WEBHOOK = "/api/v1/billing/webhook";
  static final String RECONCILIATION = "/api/v1/admin/billing/reconciliation";

  private final ApiClient anonymous = ApiClient.anonymous();

  @BeforeEach
  void needsTheDatabaseAndTheSecret() {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    assumeTrue(SystemUnderTest.billingWebhookSecret().isPresent(), "valor.it.billingWebhookSecret not set");
  }

  @Test
  void concurrentDeliveriesOfOneEventAreRecordedOnce() throws Exception {
    String id = "evt_" + UUID.randomUUID();
    String body = event(id, null, "10.00", Instant.now());
    String signature = sign(body);
    int deliveries = 100;
    List<ApiResponse> answers = GovernanceIT.concurrently(deliveries,
        () -> anonymous.withHeader("X-Valor-Signature", signature).send("POST", WEBHOOK, "application/json", body));
    long recorded = answers.stream().filter(r -> r.status() == 200 && "recorded".equals(r.json().getString("status"))).count();
    long duplicates = answers.stream().filter(r -> r.status() == 200 && "duplicate".equals(r.json().getString("status"))).count();
    long rows = rowsOf(id);
    LOG.info(() -> "webhook: " + deliveries + " concurrent deliveries of one event → " + recorded + " recorded, "
        + duplicates + " duplicate, " + rows + " row(s) stored");
    assertThat(answers).allSatisfy(r -> assertThat(r.status()).as("%s", r).isEqualTo(200));
    assertThat(recorded).isEqualTo(1);
    assertThat(duplicates).isEqualTo(deliveries - 1);
    assertThat(rows).isEqualTo(1);
  }

  @Test
  void badOrMissingSignaturesAreRefused() throws SQLException {
    String id = "evt_" + UUID.randomUUID();
    String body = event(id, null, "10.00", Instant.now());
    String tampered = body.replace("10.00", "1000.00");
    assertProblem(anonymous.withHeader("X-Valor-Signature", sign(body)).send("POST", WEBHOOK, "application/json", tampered), 401);
    assertProblem(anonymous.send("POST", WEBHOOK, "application/json", body), 401);
    assertProblem(anonymous.withHeader("X-Valor-Signature", "sha256=" + "0".repeat(64))
        .send("POST", WEBHOOK, "application/json", body), 401);
    assertThat(rowsOf(id)).isZero();
  }

  @Test
  void incompleteEventsNameTheField() {
    String body = "{\"id\":\"evt_x\",\"type\":\"invoice.paid\",\"currency\":\"USD\",\"occurredAt\":\"2026-12-01T00:00:00Z\"}";
    assertRejects(anonymous.withHeader("X-Valor-Signature", sign(body)).send("POST", WEBHOOK, "application/json", body),
        "amount");
  }

  /**
   * Two STARTER tenants (fee 99.00, 0.20 a valuation, 25.00 a seat-month; one analyst each): the first
   * runs 2 DCFs and is billed 100.00 against 99 + 2 × 0.20 + 25 = 124.40, drift −24.40, flagged; the
   * second runs nothing and is billed exactly 124.00, drift 0.00, not flagged.
   */
  @Test
  void reconciliationPricesMeteredUsageAndFlagsDrift() throws SQLException {
    PlanTenant busy = PlanTenant.create("STARTER");
    PlanTenant idle = PlanTenant.create("STARTER");
    ApiClient analyst = busy.client();
    for (int i = 0; i < 2; i++) {
      ApiResponse run = analyst.post(DcfExamples.DCF, DcfExamples.workedExample());
      assertThat(run.status()).as("%s", run).isEqualTo(201);
    }
    deliver(event("evt_" + UUID.randomUUID(), busy.tenant(), "100.00", Instant.now()));
    deliver(event("evt_" + UUID.randomUUID(), idle.tenant(), "124.00", Instant.now()));

    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    String range = "?from=" + month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1);
    ApiClient admin = ApiClient.asAdmin();
    ApiResponse json = admin.get(RECONCILIATION + range);
    assertThat(json.status()).as("%s", json).isEqualTo(200);
    JsonObject busyLine = line(json.json(), busy.tenant());
    assertThat(busyLine.getString("plan")).isEqualTo("STARTER");
    assertThat(busyLine.getInt("valuations")).isEqualTo(2);
    assertThat(busyLine.getInt("seatMonths")).isEqualTo(1);
    assertThat(decimal(busyLine, "expectedCharge")).isEqualByComparingTo("124.40");
    assertThat(decimal(busyLine, "billedAmount")).isEqualByComparingTo("100.00");
    assertThat(decimal(busyLine, "drift")).isEqualByComparingTo("-24.40");
    assertThat(busyLine.getBoolean("flagged")).isTrue();
    JsonObject idleLine = line(json.json(), idle.tenant());
    assertThat(decimal(idleLine, "expectedCharge")).isEqualByComparingTo("124.00");
    assertThat(decimal(idleLine, "drift")).isEqualByComparingTo("0");
    assertThat(idleLine.getBoolean("flagged")).isFalse();

    ApiResponse csv = admin.withHeader("Accept", "text/csv").get(RECONCILIATION + range);
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.body()).startsWith("tenantId,tenantName,plan,currency,months,valuations,monteCarloPaths,seatMonths,"
        + "expectedCharge,billedAmount,drift,flagged,plans\r\n");
    assertThat(csv.body()).contains(busy.tenant() + ",it-plan-" + busy.tenant()
        + ",STARTER,USD,1,2,0,1,124.40,100.00,-24.40,true,STARTER\r\n");
    assertThat(csv.body()).contains(idle.tenant() + ",it-plan-" + idle.tenant()
        + ",STARTER,USD,1,0,0,1,124.00,124.00,0.00,false,STARTER\r\n");

    assertProblem(analyst.get(RECONCILIATION + range), 403);
    assertRejects(admin.get(RECONCILIATION + "?from=yesterday"), "from");
  }

  /**
   * Each month is priced at the plan in force at its end: a tenant that was on TRIAL for the two
   * months before this one (fee and unit prices 0) and is on STARTER now owes one STARTER month,
   * 99 + 1 seat × 25 = 124.00, not three.
   */
  @Test
  void eachMonthIsPricedAtThePlanTheTenantWasOn() throws SQLException {
    PlanTenant upgraded = PlanTenant.create("STARTER");
    YearMonth month = YearMonth.now(ZoneOffset.UTC);
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        PreparedStatement insert = db.prepareStatement("insert into tenant_plan_history (id, tenant_id, plan_code, "
            + "effective_from, assigned_by) values (?, ?, 'TRIAL', ?, 'billing-it')")) {
      insert.setObject(1, UUID.randomUUID());
      insert.setObject(2, upgraded.tenant());
      insert.setObject(3, month.minusMonths(2).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }

    String range = "?from=" + month.minusMonths(2).atDay(1) + "&to=" + month.plusMonths(1).atDay(1);
    ApiResponse json = ApiClient.asAdmin().get(RECONCILIATION + range);
    assertThat(json.status()).as("%s", json).isEqualTo(200);
    JsonObject line = line(json.json(), upgraded.tenant());
    assertThat(line.getInt("months")).isEqualTo(3);
    assertThat(line.getString("plan")).isEqualTo("STARTER");
    assertThat(line.getJsonArray("plans").getValuesAs(JsonString.class)).extracting(JsonString::getString)
        .containsExactly("TRIAL", "STARTER");
    assertThat(decimal(line, "expectedCharge")).isEqualByComparingTo("124.00");
  }

  private void deliver(String body) {
    ApiResponse answer = anonymous.withHeader("X-Valor-Signature", sign(body)).send("POST", WEBHOOK, "application/json", body);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
  }

  private static JsonObject line(JsonObject reconciliation, UUID tenant) {
    return reconciliation.getJsonArray("tenants").stream().map(v -> v.asJsonObject())
        .filter(l -> l.getString("tenantId").equals(tenant.toString())).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + tenant + " in " + reconciliation));
  }

  private static BigDecimal decimal(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue();
  }

  static String event(String id, UUID tenant, String amount, Instant occurredAt) {
    var event = Json.createObjectBuilder().add("id", id).add("type", "invoice.paid");
    if (tenant != null) {
      event.add("tenantId", tenant.toString());
    }
    return event.add("amount", new BigDecimal(amount)).add("currency", "USD").add("occurredAt", occurredAt.toString())
        .build().toString();
  }

  static String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(SystemUnderTest.billingWebhookSecret().orElseThrow().getBytes(StandardCharsets.UTF_8),
          "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static long rowsOf(String eventId) throws SQLException {
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        PreparedStatement count = db.prepareStatement("select count(*) from billing_event where event_id = ?")) {
      count.setString(1, eventId);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
