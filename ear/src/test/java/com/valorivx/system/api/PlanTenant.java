package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A new tenant with one analyst, written straight into the instance's database, then put on
 * {@code plan} by the operator over {@code PUT /api/v1/admin/tenants/{id}/plan}; {@link #client()}
 * signs in as its analyst.
 */
public record PlanTenant(UUID tenant, String username, String password) {

  static final String PASSWORD = "plan-tenant-password";

  public static PlanTenant create(String plan) throws SQLException {
    String jdbcUrl = SystemUnderTest.jdbcUrl().orElseThrow();
    PlanTenant created = new PlanTenant(UUID.randomUUID(), "it-" + plan.toLowerCase() + "-" + UUID.randomUUID(), PASSWORD);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (Connection db = DriverManager.getConnection(jdbcUrl)) {
      ForeignTenant.insertTenant(db, created.tenant(), "it-plan-", now);
      UUID user = UUID.randomUUID();
      try (PreparedStatement insert = db.prepareStatement("insert into app_user (id, tenant_id, username, "
          + "password_hash, enabled, created_at, version) values (?, ?, ?, ?, true, ?, 0)")) {
        insert.setObject(1, user);
        insert.setObject(2, created.tenant());
        insert.setString(3, created.username());
        insert.setString(4, hash(PASSWORD));
        insert.setObject(5, now);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = db.prepareStatement("insert into app_user_role (user_id, role) values (?, 'analyst')")) {
        insert.setObject(1, user);
        insert.executeUpdate();
      }
    }
    ApiResponse assigned = ApiClient.asAdmin().put("/api/v1/admin/tenants/" + created.tenant() + "/plan",
        Json.createObjectBuilder().add("plan", plan).build());
    assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
    return created;
  }

  public ApiClient client() {
    return ApiClient.as(username, password);
  }

  /**
   * A hash in the form Jakarta Security's PBKDF2 store reads (algorithm:iterations:salt:hash, Base64),
   * with few iterations: these users only exist for the test.
   */
  static String hash(String password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      int iterations = 1000;
      byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8)).getEncoded();
      Base64.Encoder base64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
