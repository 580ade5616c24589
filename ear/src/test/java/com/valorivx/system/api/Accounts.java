package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/**
 * Tenants and users made through the admin API by the first-start operator ({@code admin}), each
 * with names no other test uses: what the role and tenant tests sign in as.
 */
final class Accounts {

  static final String TENANTS = "/api/v1/admin/tenants";
  static final String USERS = "/api/v1/admin/users";

  private Accounts() {
  }

  /** A user made here: its id, name, password, and a client signed in as it. */
  record User(String id, String username, String password, String tenantId, ApiClient client) {
    /** A fresh sign-in of this user (a new token pair). */
    JsonObject signIn() {
      ApiResponse response = ApiClient.anonymous().requestToken(username, password);
      assertThat(response.status()).as("%s", response).isEqualTo(200);
      return response.json();
    }
  }

  /** A tenant made here with one admin, one analyst and one viewer. */
  record Tenant(String id, String name, User admin, User analyst, User viewer) {
  }

  /** A password that meets the policy and contains no username. */
  static String password() {
    return "Pw-" + UUID.randomUUID().toString().substring(0, 12) + "-9";
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates a tenant (as the operator) with an admin, an analyst and a viewer, all signed in. */
  static Tenant tenant(String label) {
    ApiClient operator = ApiClient.asAdmin();
    String name = unique(label);
    ApiResponse created = operator.post(TENANTS, Json.createObjectBuilder().add("name", name).add("plan", "ENTERPRISE")
        .build());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    String id = created.json().getString("id");
    return new Tenant(id, name, user(operator, id, label + "-admin", "admin"),
        user(operator, id, label + "-analyst", "analyst"), user(operator, id, label + "-viewer", "viewer"));
  }

  /** Creates a user with {@code role} in {@code tenantId} through {@code by}, and signs it in. */
  static User user(ApiClient by, String tenantId, String label, String role) {
    String username = unique(label);
    String password = password();
    ApiResponse created = by.post(USERS, Json.createObjectBuilder().add("username", username)
        .add("password", password).add("role", role).add("tenantId", tenantId).build());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    return new User(created.json().getString("id"), username, password, tenantId,
        ApiClient.as(username, password));
  }
}
