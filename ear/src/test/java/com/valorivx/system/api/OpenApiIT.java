package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /openapi} of the running server documents every REST endpoint of API.md's auth, runs and
 * DCF sections, with its request and response schemas and the bearer scheme.
 */
class OpenApiIT {

  /** Every documented operation: path under the server URL, method, and the answers it must list. */
  private static final List<Operation> OPERATIONS = List.of(
      new Operation("/v1/auth/token", "post", "200", "400", "401"),
      new Operation("/v1/auth/refresh", "post", "200", "400", "401"),
      new Operation("/v1/auth/token", "post", "429"),
      new Operation("/v1/auth/logout", "post", "204", "400"),
      new Operation("/v1/admin/tenants", "post", "201", "400", "401", "403", "409"),
      new Operation("/v1/admin/tenants", "get", "200", "400", "401", "403"),
      new Operation("/v1/admin/tenants/{id}", "get", "200", "401", "403", "404"),
      new Operation("/v1/admin/tenants/{id}/suspend", "post", "200", "401", "403", "404", "409"),
      new Operation("/v1/admin/tenants/{id}/reactivate", "post", "200", "401", "403", "404"),
      new Operation("/v1/admin/users", "post", "201", "400", "401", "403", "404", "409"),
      new Operation("/v1/admin/users", "get", "200", "400", "401", "403", "404"),
      new Operation("/v1/admin/users/{id}", "get", "200", "401", "403", "404"),
      new Operation("/v1/admin/users/{id}/role", "put", "200", "400", "401", "403", "404", "409"),
      new Operation("/v1/admin/users/{id}/disable", "post", "200", "401", "403", "404", "409"),
      new Operation("/v1/admin/users/{id}/enable", "post", "200", "401", "403", "404"),
      new Operation("/v1/admin/users/{id}/reset-password", "post", "200", "400", "401", "403", "404"),
      new Operation("/v1/valuations", "get", "200", "400", "401", "403"),
      new Operation("/v1/valuations/{id}", "get", "200", "401", "403", "404"),
      new Operation("/v1/valuations/dcf", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/dcf/sensitivity", "post", "200", "400", "401", "403"),
      new Operation("/v1/valuations/dcf/tornado", "post", "200", "400", "401", "403"),
      new Operation("/v1/analytics/cashflows/npv", "post", "200", "400", "401", "403"),
      new Operation("/v1/analytics/cashflows/irr", "post", "200", "400", "401", "403", "422"),
      new Operation("/v1/analytics/cashflows/xnpv", "post", "200", "400", "401", "403"),
      new Operation("/v1/analytics/cashflows/xirr", "post", "200", "400", "401", "403", "422"),
      new Operation("/v1/analytics/forecast", "post", "201", "400", "401", "403"),
      new Operation("/v1/analytics/risk/var", "post", "201", "400", "401", "403"),
      new Operation("/v1/analytics/credit/merton", "post", "201", "400", "401", "403", "422"),
      new Operation("/v1/analytics/credit/altman", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/lbo", "post", "201", "400", "401", "403", "422"),
      new Operation("/v1/valuations/lbo/returns-grid", "post", "200", "400", "401", "403", "422"),
      new Operation("/v1/valuations/compare", "get", "200", "400", "401", "403", "404"),
      new Operation("/v1/scenarios", "post", "201", "400", "401", "403", "409"),
      new Operation("/v1/scenarios", "get", "200", "400", "401", "403"),
      new Operation("/v1/scenarios/{id}", "get", "200", "401", "403", "404"),
      new Operation("/v1/scenarios/{id}", "put", "200", "400", "401", "403", "404", "409"),
      new Operation("/v1/scenarios/{id}", "delete", "204", "401", "403", "404"),
      new Operation("/v1/scenarios/{id}/duplicate", "post", "201", "400", "401", "403", "404", "409"),
      new Operation("/v1/scenarios/{id}/run", "post", "201", "401", "403", "404"),
      new Operation("/v1/scenarios/{id}/export", "get", "200", "401", "403", "404"),
      new Operation("/v1/scenarios/import", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/options", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/mna", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/mna/accretion-grid", "post", "200", "400", "401", "403"),
      new Operation("/v1/valuations/real-options", "post", "201", "400", "401", "403"),
      new Operation("/v1/valuations/dcf/monte-carlo", "post", "202", "400", "401", "403"),
      new Operation("/v1/jobs/{id}", "get", "200", "401", "403", "404"),
      new Operation("/v1/jobs/{id}", "delete", "200", "401", "403", "404"),
      new Operation("/v1/valuations/{id}/workbook", "get", "200", "401", "403", "404", "409"),
      new Operation("/v1/analytics/portfolio/optimize", "post", "201", "400", "401", "403", "422"),
      new Operation("/v1/analytics/portfolio/frontier", "post", "201", "400", "401", "403", "422"),
      new Operation("/v1/market/datasets", "post", "201", "400", "401", "403", "413"),
      new Operation("/v1/market/datasets", "get", "200", "400", "401", "403"),
      new Operation("/v1/market/datasets/{id}", "get", "200", "400", "401", "403", "404"),
      new Operation("/v1/market/datasets/{id}", "delete", "204", "401", "403", "404", "409"),
      new Operation("/v1/market/datasets/{id}/estimate", "post", "200", "400", "401", "403", "404", "422"),
      new Operation("/v1/analytics/portfolio/frontier/jobs", "post", "202", "400", "401", "403"),
      new Operation("/v1/analytics/risk/var/jobs", "post", "202", "400", "401", "403"),
      new Operation("/v1/analytics/forecast/batch", "post", "202", "400", "401", "403"),
      new Operation("/v1/admin/audit", "get", "200", "400", "401", "403"),
      new Operation("/v1/admin/audit/verify", "get", "200", "400", "401", "403"),
      new Operation("/v1/admin/audit/export", "get", "200", "400", "401", "403"),
      new Operation("/v1/admin/audit/purge", "post", "200", "400", "401", "403"),
      new Operation("/v1/admin/audit/{entryId}/legal-hold", "put", "200", "400", "401", "403", "404"),
      new Operation("/v1/admin/tenants/{id}/legal-hold", "put", "200", "400", "401", "403", "404"),
      new Operation("/v1/admin/tenants/{id}/legal-hold", "get", "200", "401", "403", "404"),
      new Operation("/v1/admin/plans", "get", "200", "401", "403"),
      new Operation("/v1/admin/tenants/{id}/plan", "put", "200", "400", "401", "403", "404"),
      new Operation("/v1/usage", "get", "200", "401"),
      new Operation("/v1/billing/webhook", "post", "200", "400", "401"),
      new Operation("/v1/admin/billing/reconciliation", "get", "200", "400", "401", "403"));

  private record Operation(String path, String method, String... responses) {
    boolean open() {
      return path.startsWith("/v1/auth/") || path.equals("/v1/billing/webhook");
    }
  }

  private static JsonObject document;

  @BeforeAll
  static void fetch() {
    ApiResponse response = ApiClient.anonymous().withHeader("Accept", "application/json").get("/openapi");
    assertThat(response.status()).as("%s", response).isEqualTo(200);
    document = response.json();
  }

  @Test
  void theServerUrlIsTheApiContext() {
    String server = document.getJsonArray("servers").getJsonObject(0).getString("url");

    assertThat(URI.create(server).getPath()).isEqualTo("/api");
  }

  @Test
  void everyEndpointIsDocumentedWithItsResponses() {
    JsonObject paths = document.getJsonObject("paths");

    for (Operation expected : OPERATIONS) {
      assertThat(paths.containsKey(expected.path())).as("%s documented", expected.path()).isTrue();
      JsonObject operation = paths.getJsonObject(expected.path()).getJsonObject(expected.method());
      assertThat(operation).as("%s", expected).isNotNull();
      assertThat(operation.getJsonObject("responses").keySet()).as("%s", expected).contains(expected.responses());
    }
  }

  @Test
  void requestAndResponseBodiesReferToSchemasThatExist() {
    JsonObject paths = document.getJsonObject("paths");
    assertThat(schemaOf(paths.getJsonObject("/v1/valuations/dcf").getJsonObject("post").getJsonObject("requestBody")))
        .isEqualTo("#/components/schemas/DcfRequest");
    assertThat(schemaOf(paths.getJsonObject("/v1/auth/token").getJsonObject("post").getJsonObject("requestBody")))
        .isEqualTo("#/components/schemas/TokenRequest");

    JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
    assertThat(schemas.getJsonObject("DcfRequest").getJsonObject("properties").keySet())
        .contains("freeCashFlows", "projection", "discountRate", "wacc", "terminal", "midYear", "netDebt",
            "sharesOutstanding");
    assertThat(schemas.getJsonObject("DcfValuationResponse").getJsonObject("properties").keySet())
        .contains("id", "enterpriseValue", "equityValue", "valuePerShare", "terminalValue",
            "presentValueOfTerminalValue", "discountRate", "years");
    assertThat(schemas.getJsonObject("DcfSensitivityResponse").getJsonObject("properties").keySet())
        .contains("discountRates", "terminalGrowthRates", "enterpriseValues", "valuesPerShare");
    assertThat(schemas.getJsonObject("RunPageResponse").getJsonObject("properties").keySet())
        .contains("items", "page", "size", "total");
    assertThat(schemas.getJsonObject("MarketEstimateResponse").getJsonObject("properties").keySet())
        .contains("assets", "expectedReturns", "volatilities", "correlations", "covariance", "observations",
            "periodsPerYear", "portfolioInputs");
    assertThat(schemas.getJsonObject("TenantRequest").getJsonObject("properties").keySet()).contains("name", "plan");
    assertThat(schemas.getJsonObject("TenantResponse").getJsonObject("properties").keySet())
        .contains("id", "name", "status", "plan");
    assertThat(schemas.getJsonObject("UserRequest").getJsonObject("properties").keySet())
        .contains("username", "password", "role", "tenantId");
    assertThat(schemas.getJsonObject("UserResponse").getJsonObject("properties").keySet())
        .contains("id", "username", "role", "tenantId", "enabled");
    assertThat(schemaOf(paths.getJsonObject("/v1/admin/users/{id}/role").getJsonObject("put")
        .getJsonObject("requestBody"))).isEqualTo("#/components/schemas/RoleRequest");
    assertThat(schemas.getJsonObject("AuditVerification").getJsonObject("properties").keySet())
        .contains("valid", "entriesChecked", "firstBrokenEntryId");
    assertThat(schemas.getJsonObject("AuditEntry").getJsonObject("properties").keySet())
        .contains("id", "seq", "occurredAt", "actor", "action", "target", "requestId", "outcome", "details",
            "prevHash", "hash", "legalHold");
    assertThat(schemas.getJsonObject("Usage").getJsonObject("properties").keySet())
        .contains("plan", "limits", "usage");
    assertThat(schemas.getJsonObject("BillingEvent").getJsonObject("properties").keySet())
        .contains("id", "type", "tenantId", "amount", "currency", "occurredAt");
    assertThat(schemas.getJsonObject("Problem").getJsonObject("properties").keySet())
        .contains("type", "title", "status", "detail", "errors");
    // No dangling reference anywhere in the document.
    for (String ref : refs(document, new ArrayList<>())) {
      String[] parts = ref.substring("#/components/".length()).split("/");
      assertThat(document.getJsonObject("components").getJsonObject(parts[0]).containsKey(parts[1]))
          .as("%s resolves", ref).isTrue();
    }
  }

  @Test
  void theBearerSchemeProtectsEverythingButTheTokenEndpoints() {
    JsonObject bearer = document.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer");
    assertThat(bearer.getString("type")).isEqualTo("http");
    assertThat(bearer.getString("scheme")).isEqualTo("bearer");
    assertThat(bearer.getString("bearerFormat")).isEqualTo("JWT");

    JsonObject paths = document.getJsonObject("paths");
    for (Operation expected : OPERATIONS) {
      JsonObject operation = paths.getJsonObject(expected.path()).getJsonObject(expected.method());
      assertThat(operation.containsKey("security")).as("security on %s", expected).isEqualTo(!expected.open());
      if (!expected.open()) {
        assertThat(operation.getJsonArray("security").getJsonObject(0).containsKey("bearer")).isTrue();
      }
    }
  }

  private static String schemaOf(JsonObject body) {
    return body.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema").getString("$ref");
  }

  private static List<String> refs(JsonValue value, List<String> found) {
    if (value instanceof JsonObject object) {
      object.forEach((key, member) -> {
        if ("$ref".equals(key) && member instanceof JsonString ref) {
          found.add(ref.getString());
        } else {
          refs(member, found);
        }
      });
    } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      value.asJsonArray().forEach(element -> refs(element, found));
    }
    return found;
  }
}
