package com.valorivx.system.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A tenant the API's caller does not belong to, written straight into the instance's database,
 * with one DCF run and one DCF scenario: what tenant scoping must keep out of sight.
 */
record ForeignTenant(UUID tenant, UUID run, UUID scenario) {

  static ForeignTenant create(String jdbcUrl) throws SQLException {
    ForeignTenant foreign = new ForeignTenant(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String inputs = DcfExamples.workedExample().toString();
    try (Connection db = DriverManager.getConnection(jdbcUrl)) {
      insertTenant(db, foreign.tenant(), "it-foreign-", now);
      insertDcfRun(db, foreign.run(), foreign.tenant(), "{\"enterpriseValue\":1}", now);
      try (PreparedStatement insert = db.prepareStatement("insert into scenario (id, tenant_id, kind, name, "
          + "inputs_json, version, created_by, created_at, updated_by, updated_at) "
          + "values (?, ?, 'DCF', ?, ?, 1, ?, ?, ?, ?)")) {
        insert.setObject(1, foreign.scenario());
        insert.setObject(2, foreign.tenant());
        // A name that sorts first, so a leak would show on the first page.
        insert.setString(3, "!foreign");
        insert.setString(4, inputs);
        insert.setString(5, "someone-else");
        insert.setObject(6, now);
        insert.setString(7, "someone-else");
        insert.setObject(8, now);
        insert.executeUpdate();
      }
    }
    return foreign;
  }

  /** Inserts the tenant {@code id}, named {@code namePrefix} + its id, created {@code at}. */
  static void insertTenant(Connection db, UUID id, String namePrefix, OffsetDateTime at) throws SQLException {
    try (PreparedStatement insert = db.prepareStatement(
        "insert into tenant (id, name, status, created_at, version) values (?, ?, 'ACTIVE', ?, 0)")) {
      insert.setObject(1, id);
      insert.setString(2, namePrefix + id);
      insert.setObject(3, at);
      insert.executeUpdate();
    }
  }

  /**
   * Inserts the DCF run {@code id} of {@code tenant}: "another tenant's run" by someone else, the
   * worked example's inputs, {@code resultJson} as its result, created {@code at}.
   */
  static void insertDcfRun(Connection db, UUID id, UUID tenant, String resultJson, OffsetDateTime at)
      throws SQLException {
    try (PreparedStatement insert = db.prepareStatement("insert into valuation_run (id, tenant_id, kind, name, "
        + "inputs_json, result_json, engine_version, created_by, created_at) values (?, ?, 'DCF', ?, ?, ?, ?, ?, ?)")) {
      insert.setObject(1, id);
      insert.setObject(2, tenant);
      insert.setString(3, "another tenant's run");
      insert.setString(4, DcfExamples.workedExample().toString());
      insert.setString(5, resultJson);
      insert.setString(6, "dcf-1.0");
      insert.setString(7, "someone-else");
      insert.setObject(8, at);
      insert.executeUpdate();
    }
  }
}
