package com.valorivx.system.api;

import static com.valorivx.system.api.DcfExamples.without;
import static com.valorivx.system.api.DcfExamples.workedExample;
import static com.valorivx.system.api.Problems.assertRejects;
import static com.valorivx.system.api.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The audit trail over real HTTP: what a mutation leaves behind (success and refusal, with the
 * request id and redacted details), the listing filters, the streamed exports, and verification
 * that finds a row altered straight in the database. Retention and legal hold: {@link AuditRetentionIT}.
 */
class AuditIT {

  static final String AUDIT = "/api/v1/admin/audit";

  private final ApiClient admin = ApiClient.asAdmin();

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static JsonObject scenario(String name) {
    return Json.createObjectBuilder().add("name", name).add("kind", "DCF")
        .add("inputs", without(workedExample(), "name")).build();
  }

  /** The one entry of the trail with this request id (the filters narrow by action, then the id is matched). */
  static JsonObject entryOf(ApiClient client, String action, String requestId) {
    ApiResponse page = client.get(AUDIT + "?action=" + action + "&size=100");
    assertThat(page.status()).as("%s", page).isEqualTo(200);
    List<JsonObject> found = page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(e -> requestId.equals(e.getString("requestId", null))).toList();
    assertThat(found).as("entries of %s with request id %s", action, requestId).hasSize(1);
    return found.get(0);
  }

  static JsonObject verify(ApiClient client) {
    ApiResponse verified = client.get(AUDIT + "/verify");
    assertThat(verified.status()).as("%s", verified).isEqualTo(200);
    return verified.json();
  }

  @Test
  void aSuccessfulMutationIsRecordedWithActorTargetRequestIdAndDetails() {
    String requestId = unique("audit-it");
    String name = "Audited for jane.doe@example.com " + requestId;
    ApiResponse created = admin.withHeader("X-Request-ID", requestId).post("/api/v1/scenarios", scenario(name));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.header("X-Request-ID")).contains(requestId);

    JsonObject entry = entryOf(admin, "scenario.create", requestId);
    assertThat(entry.getString("actor")).isEqualTo(SystemUnderTest.ADMIN_USERNAME);
    assertThat(entry.getString("outcome")).isEqualTo("SUCCEEDED");
    assertThat(entry.getString("target")).isEqualTo(created.json().getString("id"));
    assertThat(entry.getString("hash")).matches("[0-9a-f]{64}");
    JsonObject parameters = entry.getJsonObject("details").getJsonObject("parameters");
    assertThat(parameters.getString("kind")).isEqualTo("DCF");
    // the e-mail address inside the name went through the redaction policy
    assertThat(parameters.getString("name")).isEqualTo("Audited for [redacted] " + requestId);
    assertThat(entry.toString()).doesNotContain("jane.doe@example.com");
    assertThat(parameters.getJsonObject("inputsJson").getJsonNumber("discountRate")).isNotNull();
  }

  @Test
  void aRefusedMutationIsRecordedThoughItsTransactionRolledBack() {
    String requestId = unique("audit-refused");
    JsonObject bad = Json.createObjectBuilder().add("name", requestId).add("kind", "DCF")
        .add("inputs", DcfExamples.with(without(workedExample(), "name"), "discountRate", -2)).build();
    ApiResponse refused = admin.withHeader("X-Request-ID", requestId).post("/api/v1/scenarios", bad);
    assertThat(refused.status()).as("%s", refused).isEqualTo(400);
    assertThat(fields(refused.json())).isNotEmpty();

    JsonObject entry = entryOf(admin, "scenario.create", requestId);
    assertThat(entry.getString("outcome")).isEqualTo("REFUSED");
    assertThat(entry.getJsonObject("details").getJsonObject("error").getString("type"))
        .endsWith("InvalidAssumptionsException");
    // nothing of the refused call stayed behind but its audit entry
    assertThat(admin.get("/api/v1/scenarios?size=100").body()).doesNotContain(requestId);
  }

  @Test
  void aSignInIsRecordedWithoutItsPassword() {
    String requestId = unique("audit-signin");
    ApiResponse refused = ApiClient.anonymous().withHeader("X-Request-ID", requestId)
        .requestToken(SystemUnderTest.ADMIN_USERNAME, "wrong-" + requestId);
    assertThat(refused.status()).isEqualTo(401);
    // Sign-in is audited once the identity services carry @Audited; the trail never holds a password.
    ApiResponse all = admin.get(AUDIT + "?size=100");
    assertThat(all.body()).doesNotContain("wrong-" + requestId).doesNotContain(SystemUnderTest.adminPassword());
  }

  @Test
  void filtersByActionActorAndTimeAndPagesNewestFirst() {
    for (int i = 0; i < 3; i++) {
      assertThat(admin.post("/api/v1/scenarios", scenario(unique("audit-page"))).status()).isEqualTo(201);
    }
    JsonObject page = admin.get(AUDIT + "?action=scenario.create&actor=admin&size=2&page=0").json();
    assertThat(page.getInt("size")).isEqualTo(2);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
    JsonArray items = page.getJsonArray("items");
    assertThat(items).hasSize(2);
    assertThat(items.getJsonObject(0).getJsonNumber("seq").longValue())
        .isGreaterThan(items.getJsonObject(1).getJsonNumber("seq").longValue());
    items.getValuesAs(JsonObject.class).forEach(e -> {
      assertThat(e.getString("action")).isEqualTo("scenario.create");
      assertThat(e.getString("actor")).isEqualTo("admin");
    });

    String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
    assertThat(admin.get(AUDIT + "?from=" + tomorrow).json().getJsonNumber("total").longValue()).isZero();
    assertThat(admin.get(AUDIT + "?to=" + LocalDate.now(ZoneOffset.UTC)).json().getJsonNumber("total").longValue())
        .isGreaterThanOrEqualTo(3);
    assertThat(admin.get(AUDIT + "?action=no.such.action").json().getJsonArray("items")).isEmpty();
  }

  @Test
  void badFiltersAre400sNamingTheField() {
    assertRejects(admin.get(AUDIT + "?from=yesterday"), "from");
    assertRejects(admin.get(AUDIT + "?size=1000"), "size");
    assertRejects(admin.withHeader("Accept", "text/csv").get(AUDIT + "/export?to=12/31/2026"), "to");
    assertRejects(admin.get(AUDIT + "?tenantId=not-a-uuid"), "tenantId");
    assertRejects(admin.post(AUDIT + "/purge?asOf=soon"), "asOf");
  }

  /** A copy of the trail leaving the system is itself an event: who exported which range, in which format. */
  @Test
  void anExportIsItselfRecorded() {
    String requestId = unique("audit-export-recorded");
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    ApiResponse csv = admin.withHeader("X-Request-ID", requestId).withHeader("Accept", "text/csv")
        .get(AUDIT + "/export?from=" + today + "&to=" + today);
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);

    JsonObject entry = entryOf(admin, "audit.export", requestId);
    assertThat(entry.getString("actor")).isEqualTo(SystemUnderTest.ADMIN_USERNAME);
    assertThat(entry.getString("outcome")).isEqualTo("SUCCEEDED");
    assertThat(entry.getString("target")).isEqualTo(entry.getString("tenantId"));
    JsonObject parameters = entry.getJsonObject("details").getJsonObject("parameters");
    assertThat(parameters.getString("from")).isEqualTo(today);
    assertThat(parameters.getString("format")).isEqualTo("csv");
    assertThat(csv.body()).as("the export's own entry is committed before the stream starts").contains(requestId);
  }

  @Test
  void exportsStreamCsvAndJsonWithTheSameEntries() throws Exception {
    assertThat(admin.post("/api/v1/scenarios", scenario(unique("audit-export"))).status()).isEqualTo(201);
    String today = LocalDate.now(ZoneOffset.UTC).toString();

    ApiResponse json = admin.withHeader("Accept", "application/json").get(AUDIT + "/export?from=" + today + "&to=" + today);
    assertThat(json.status()).as("%s", json).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    JsonArray entries = json.jsonArray();
    assertThat(entries).isNotEmpty();

    ApiResponse csv = admin.withHeader("Accept", "text/csv").get(AUDIT + "/export?from=" + today + "&to=" + today);
    assertThat(csv.status()).as("%s", csv).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<CSVRecord> rows;
    try (CSVParser parser = CSVParser.parse(csv.body(),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      rows = parser.getRecords();
      assertThat(parser.getHeaderNames()).startsWith("id", "tenantId", "seq", "occurredAt", "actor", "action");
    }
    // the export may have grown by entries appended between the two calls, never shrunk
    assertThat(rows.size()).isGreaterThanOrEqualTo(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      JsonObject entry = entries.getJsonObject(i);
      assertThat(rows.get(i).get("id")).isEqualTo(entry.getString("id"));
      assertThat(rows.get(i).get("hash")).isEqualTo(entry.getString("hash"));
      try (var reader = Json.createReader(new StringReader(rows.get(i).get("details")))) {
        assertThat(reader.readValue()).isEqualTo(entry.get("details"));
      }
    }
    // chain order, contiguous within the range
    for (int i = 1; i < entries.size(); i++) {
      assertThat(entries.getJsonObject(i).getString("prevHash")).isEqualTo(entries.getJsonObject(i - 1).getString("hash"));
    }
  }

  @Test
  void verificationFindsExactlyTheEntryAlteredInTheDatabase() throws SQLException {
    assumeTrue(SystemUnderTest.jdbcUrl().isPresent(), "valor.it.jdbcUrl not set (instance not started by the harness)");
    String requestId = unique("audit-tamper");
    assertThat(admin.withHeader("X-Request-ID", requestId).post("/api/v1/scenarios", scenario(requestId)).status())
        .isEqualTo(201);
    // one more entry after it, so the altered one is in the middle of the chain
    assertThat(admin.post("/api/v1/scenarios", scenario(unique("audit-after"))).status()).isEqualTo(201);
    JsonObject before = verify(admin);
    assertThat(before.getBoolean("valid")).as("%s", before).isTrue();
    assertThat(before.get("firstBrokenEntryId")).isEqualTo(JsonValue.NULL);

    UUID tampered = UUID.fromString(entryOf(admin, "scenario.create", requestId).getString("id"));
    String original = alterActor(tampered, "mallory");
    try {
      JsonObject after = verify(admin);
      assertThat(after.getBoolean("valid")).isFalse();
      assertThat(after.getString("firstBrokenEntryId")).isEqualTo(tampered.toString());
      assertThat(after.getJsonNumber("entriesChecked").longValue()).isPositive();
    } finally {
      alterActor(tampered, original);
    }
    assertThat(verify(admin).getBoolean("valid")).isTrue();
  }

  @Test
  void concurrentAppendsNeitherForkNorSkipTheChain() throws Exception {
    int calls = 16;
    String prefix = unique("audit-concurrent");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int i = 0; i < calls; i++) {
        String name = prefix + "-" + i;
        done.add(pool.submit(() -> admin.withHeader("X-Request-ID", name).post("/api/v1/scenarios", scenario(name))
            .status()));
      }
      for (var call : done) {
        assertThat(call.get()).isEqualTo(201);
      }
    } finally {
      pool.shutdown();
    }
    List<Long> seqs = admin.get(AUDIT + "?action=scenario.create&size=100").json().getJsonArray("items")
        .getValuesAs(JsonObject.class).stream()
        .filter(e -> e.getString("requestId", "").startsWith(prefix))
        .map(e -> e.getJsonNumber("seq").longValue()).toList();
    assertThat(seqs).hasSize(calls).doesNotHaveDuplicates();
    JsonObject verified = verify(admin);
    assertThat(verified.getBoolean("valid")).as("%s", verified).isTrue();
  }

  @Test
  void onlyAdminsAndOperatorsReadTheTrail() {
    assertThat(ApiClient.anonymous().get(AUDIT).status()).isEqualTo(401);
    assertThat(admin.get(AUDIT + "?tenantId=" + UUID.randomUUID()).status()).isEqualTo(200);
  }

  /** Sets the stored actor of an entry behind the application's back; answers the one it had. */
  static String alterActor(UUID entry, String actor) throws SQLException {
    try (Connection db = DriverManager.getConnection(SystemUnderTest.jdbcUrl().orElseThrow())) {
      String old;
      try (PreparedStatement read = db.prepareStatement("select actor from audit_entry where id = ?")) {
        read.setObject(1, entry);
        try (ResultSet row = read.executeQuery()) {
          assertThat(row.next()).isTrue();
          old = row.getString(1);
        }
      }
      try (PreparedStatement update = db.prepareStatement("update audit_entry set actor = ? where id = ?")) {
        update.setString(1, actor);
        update.setObject(2, entry);
        assertThat(update.executeUpdate()).isEqualTo(1);
      }
      return old;
    }
  }
}
