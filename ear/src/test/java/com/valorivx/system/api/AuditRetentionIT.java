package com.valorivx.system.api;

import static com.valorivx.system.api.AuditIT.AUDIT;
import static com.valorivx.system.api.AuditIT.entryOf;
import static com.valorivx.system.api.AuditIT.scenario;
import static com.valorivx.system.api.AuditIT.unique;
import static com.valorivx.system.api.AuditIT.verify;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Retention and legal hold over real HTTP. Entries are made "old" by running the operator's purge
 * {@code ?asOf=} a moment far in the future (retention is measured from asOf): the same code path as
 * the daily purge, without back-dating rows behind the application's back. The purge is limited to
 * the test tenant ({@code ?tenantId=}). One test, in steps, because each step depends on the last.
 */
class AuditRetentionIT {

  /** Further than the default retention (2555 days) from now: every entry made so far has expired by then. */
  private static final String FAR_FUTURE = Instant.now().plus(4000, ChronoUnit.DAYS).toString();

  private final ApiClient admin = ApiClient.asAdmin();

  /** Saves a scenario; answers its audit entry. */
  private JsonObject created(String requestId) {
    ApiResponse response = admin.withHeader("X-Request-ID", requestId).post("/api/v1/scenarios", scenario(requestId));
    assertThat(response.status()).as("%s", response).isEqualTo(201);
    return entryOf(admin, "scenario.create", requestId);
  }

  private JsonObject purge(String tenant) {
    ApiResponse purged = admin.post(AUDIT + "/purge?asOf=" + FAR_FUTURE + "&tenantId=" + tenant);
    assertThat(purged.status()).as("%s", purged).isEqualTo(200);
    return purged.json().getJsonArray("tenants").getJsonObject(0);
  }

  private ApiResponse hold(String path, boolean enabled, String reason) {
    var body = Json.createObjectBuilder().add("enabled", enabled);
    if (reason != null) {
      body.add("reason", reason);
    }
    return admin.put(path, body.build());
  }

  private boolean listed(String entryId) {
    return admin.get(AUDIT + "?size=100").json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .anyMatch(e -> e.getString("id").equals(entryId));
  }

  @Test
  void purgeKeepsHeldEntriesAndHeldTenantsAndVerificationHoldsAcrossIt() throws SQLException {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    JsonObject firstEntry = created(unique("retention-first"));
    String tenant = firstEntry.getString("tenantId");
    String first = firstEntry.getString("id");
    String held = created(unique("retention-held")).getString("id");
    String later = created(unique("retention-later")).getString("id");

    // 1. A held entry stops the purge: it and everything after it stay, the prefix before it goes.
    assertRejects(hold(AUDIT + "/" + held + "/legal-hold", true, null), "reason");
    ApiResponse heldNow = hold(AUDIT + "/" + held + "/legal-hold", true, "litigation 2026-17");
    assertThat(heldNow.status()).as("%s", heldNow).isEqualTo(200);
    assertThat(heldNow.json().getBoolean("enabled")).isTrue();
    JsonObject purged = purge(tenant);
    assertThat(purged.getJsonNumber("purged").longValue()).isPositive();
    assertThat(purged.getString("skipped")).contains("legal hold");
    assertThat(listed(first)).isFalse();
    assertThat(listed(held)).isTrue();
    assertThat(listed(later)).isTrue();
    // setting the hold was itself audited
    assertThat(admin.get(AUDIT + "?action=audit.legal-hold.entry").json().getJsonArray("items")
        .getJsonObject(0).getString("target")).isEqualTo(held);

    // 2. The chain still verifies from the signed checkpoint...
    JsonObject afterPurge = verify(admin);
    assertThat(afterPurge.getBoolean("valid")).as("%s", afterPurge).isTrue();
    assertThat(afterPurge.getJsonNumber("entriesChecked").longValue()).isPositive();

    // ...and still finds an entry altered after the purge.
    String original = AuditIT.alterActor(UUID.fromString(later), "mallory");
    try {
      JsonObject broken = verify(admin);
      assertThat(broken.getBoolean("valid")).isFalse();
      assertThat(broken.getString("firstBrokenEntryId")).isEqualTo(later);
    } finally {
      AuditIT.alterActor(UUID.fromString(later), original);
    }
    // ...and a forged checkpoint (claiming more was purged) is refused too.
    long checkpoint = purged.getJsonNumber("checkpointSeq").longValue();
    setCheckpointSeq(tenant, checkpoint + 1);
    try {
      assertThat(verify(admin).getBoolean("valid")).isFalse();
    } finally {
      setCheckpointSeq(tenant, checkpoint);
    }
    assertThat(verify(admin).getBoolean("valid")).isTrue();

    // 3. A tenant under legal hold loses nothing, even with its entries released.
    assertThat(hold(AUDIT + "/" + held + "/legal-hold", false, null).status()).isEqualTo(200);
    ApiResponse tenantHold = hold("/api/v1/admin/tenants/" + tenant + "/legal-hold", true, "regulator request");
    assertThat(tenantHold.status()).as("%s", tenantHold).isEqualTo(200);
    assertThat(admin.get("/api/v1/admin/tenants/" + tenant + "/legal-hold").json().getBoolean("enabled")).isTrue();
    JsonObject onHold = purge(tenant);
    assertThat(onHold.getJsonNumber("purged").longValue()).isZero();
    assertThat(onHold.getString("skipped")).isEqualTo("tenant under legal hold");
    assertThat(listed(held)).isTrue();

    // 4. Released, everything expired goes; the trail verifies and keeps growing from the checkpoint.
    assertThat(hold("/api/v1/admin/tenants/" + tenant + "/legal-hold", false, null).status()).isEqualTo(200);
    JsonObject all = purge(tenant);
    assertThat(all.getJsonNumber("purged").longValue()).isPositive();
    assertThat(listed(held)).isFalse();
    created(unique("retention-after"));
    JsonObject fresh = verify(admin);
    assertThat(fresh.getBoolean("valid")).as("%s", fresh).isTrue();
    assertThat(fresh.getJsonNumber("entriesChecked").longValue()).isPositive();
  }

  @Test
  void onlyOperatorsPurgeAndHoldsNeedAKnownTarget() {
    assertThat(ApiClient.anonymous().post(AUDIT + "/purge").status()).isEqualTo(401);
    assertThat(hold(AUDIT + "/" + UUID.randomUUID() + "/legal-hold", true, "x").status()).isEqualTo(404);
    assertThat(hold("/api/v1/admin/tenants/" + UUID.randomUUID() + "/legal-hold", true, "x").status()).isEqualTo(404);
    // The target is looked up before the body is read: an unknown tenant is a 404 whatever the body,
    // a known one with a blank reason a 400 naming it (and no hold is set).
    assertThat(hold("/api/v1/admin/tenants/" + UUID.randomUUID() + "/legal-hold", true, " ").status()).isEqualTo(404);
    String own = created(unique("retention-own")).getString("tenantId");
    assertRejects(hold("/api/v1/admin/tenants/" + own + "/legal-hold", true, " "), "reason");
  }

  private static void setCheckpointSeq(String tenant, long seq) throws SQLException {
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow());
        PreparedStatement update = db.prepareStatement("update audit_chain set checkpoint_seq = ? where tenant_id = ?")) {
      update.setLong(1, seq);
      update.setObject(2, UUID.fromString(tenant));
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
