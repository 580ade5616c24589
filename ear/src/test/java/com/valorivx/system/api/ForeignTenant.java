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
      try (PreparedStatement insert = db.prepareStatement(
          "insert into tenant (id, name, status, created_at, version) values (?, ?, 'ACTIVE', ?, 0)")) {
        insert.setObject(1, foreign.tenant());
        insert.setString(2, "it-foreign-" + foreign.tenant());
        insert.setObject(3, now);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = db.prepareStatement("insert into valuation_run (id, tenant_id, kind, name, "
          + "inputs_json, result_json, engine_version, created_by, created_at) values (?, ?, 'DCF', ?, ?, ?, ?, ?, ?)")) {
        insert.setObject(1, foreign.run());
        insert.setObject(2, foreign.tenant());
        insert.setString(3, "another tenant's run");
        insert.setString(4, inputs);
        insert.setString(5, "{\"enterpriseValue\":1}");
        insert.setString(6, "dcf-1.0");
        insert.setString(7, "someone-else");
        insert.setObject(8, now);
        insert.executeUpdate();
      }
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
}
