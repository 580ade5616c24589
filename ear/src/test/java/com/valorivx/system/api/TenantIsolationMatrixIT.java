package com.valorivx.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation and read-only viewers over EVERY endpoint the served OpenAPI document lists, so
 * an endpoint added later is covered without touching this test.
 *
 * <p>Isolation: tenant A's admin, analyst and viewer call every endpoint that takes an id in its
 * path with a real id of tenant B's (its run, scenario, job, market data set, audit entry, user,
 * tenant, made beforehand), and
 * with a random id that names nothing. The two answers must be the same (so an id tells nothing
 * about what exists elsewhere), 404 whenever the role may use the endpoint at all, and for a role
 * the endpoint refuses, that same refusal. Tenant B's rows are checked unchanged afterwards.
 *
 * <p>Viewers: A's viewer calls every mutating endpoint (POST, PUT, DELETE; not the sign-in endpoints
 * and the billing webhook, which carry no user) with A's own ids: 403 each time.
 */
class TenantIsolationMatrixIT {

  private static final Logger LOG = Logger.getLogger(TenantIsolationMatrixIT.class.getName());
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{[^}]+}");
  private static final List<String> METHODS = List.of("get", "post", "put", "delete");

  /** One documented operation, with the media type of its request body (JSON where it takes none). */
  record Endpoint(String method, String path, String bodyType) {
    boolean mutating() {
      return !"get".equals(method);
    }

    boolean takesId() {
      return PATH_PARAMETER.matcher(path).find();
    }

    boolean open() {
      return path.startsWith("/v1/auth/") || path.startsWith("/v1/billing/webhook");
    }

    @Override
    public String toString() {
      return method.toUpperCase() + " " + path;
    }
  }

  /** The ids of one tenant's rows, by the collection path their endpoints live under. */
  record Ids(String tenant, String user, String run, String scenario, String job, String dataset,
      String auditEntry) {
    String forPath(String path) {
      String prefix = path.substring(0, path.indexOf('{'));
      return switch (prefix) {
        case "/v1/valuations/" -> run;
        case "/v1/scenarios/" -> scenario;
        case "/v1/jobs/" -> job;
        case "/v1/admin/tenants/" -> tenant;
        case "/v1/admin/users/" -> user;
        case "/v1/market/datasets/" -> dataset;
        case "/v1/admin/audit/" -> auditEntry;
        default -> throw new AssertionError("No id of this kind is made for " + path
            + ": add one to TenantIsolationMatrixIT so the endpoint is checked.");
      };
    }
  }

  private static List<Endpoint> endpoints;
  private static Accounts.Tenant a;
  private static Accounts.Tenant b;
  private static Ids ownOfA;
  private static Ids ofB;

  @BeforeAll
  static void twoTenantsWithRows() {
    ApiResponse document = ApiClient.anonymous().withHeader("Accept", "application/json").get("/openapi");
    assertThat(document.status()).as("%s", document).isEqualTo(200);
    endpoints = new ArrayList<>();
    JsonObject paths = document.json().getJsonObject("paths");
    paths.forEach((path, item) -> METHODS.stream().filter(item.asJsonObject()::containsKey)
        .forEach(method -> endpoints.add(
            new Endpoint(method, path, bodyType(item.asJsonObject().getJsonObject(method))))));
    assertThat(endpoints).as("the served document lists the API").hasSizeGreaterThan(30);

    a = Accounts.tenant("iso-a");
    b = Accounts.tenant("iso-b");
    ownOfA = rowsOf(a);
    ofB = rowsOf(b);
  }

  /**
   * A run, a scenario, a Monte Carlo job and a market data set made by the tenant's analyst; its
   * analyst's user id; the newest entry of its audit trail.
   */
  private static Ids rowsOf(Accounts.Tenant tenant) {
    ApiClient analyst = tenant.analyst().client();
    ApiResponse run = analyst.post(DcfExamples.DCF, DcfExamples.workedExample());
    assertThat(run.status()).as("%s", run).isEqualTo(201);
    ApiResponse scenario = analyst.post("/api/v1/scenarios", Json.createObjectBuilder()
        .add("name", Accounts.unique("iso")).add("kind", "DCF")
        .add("inputs", DcfExamples.without(DcfExamples.workedExample(), "name")).build());
    assertThat(scenario.status()).as("%s", scenario).isEqualTo(201);
    ApiResponse job = analyst.post(MonteCarloDcfIT.MONTE_CARLO, MonteCarloDcfIT.request(1_000, 5, 7).build());
    assertThat(job.status()).as("%s", job).isEqualTo(202);
    String jobId = job.location().substring(job.location().lastIndexOf('/') + 1);
    ApiResponse dataset = analyst.send("POST", "/api/v1/market/datasets?name=iso", "text/csv",
        "date,AAA,BBB\n2024-01-02,100,50\n2024-01-03,101,50.5\n2024-01-04,99.5,51\n");
    assertThat(dataset.status()).as("%s", dataset).isEqualTo(201);
    ApiResponse audit = tenant.admin().client().get("/api/v1/admin/audit?size=1");
    assertThat(audit.status()).as("%s", audit).isEqualTo(200);
    String auditEntry = audit.json().getJsonArray("items").getJsonObject(0).getString("id");
    return new Ids(tenant.id(), tenant.analyst().id(), run.json().getString("id"),
        scenario.json().getString("id"), jobId, dataset.json().getString("id"), auditEntry);
  }

  /** The first media type the operation's request body is documented with; JSON otherwise. */
  private static String bodyType(JsonObject operation) {
    JsonObject body = operation.getJsonObject("requestBody");
    JsonObject content = body == null ? null : body.getJsonObject("content");
    return content == null || content.isEmpty() ? "application/json" : content.keySet().iterator().next();
  }

  private static String fill(String path, String id) {
    return "/api" + PATH_PARAMETER.matcher(path).replaceAll(Matcher.quoteReplacement(id));
  }

  private static ApiResponse call(ApiClient client, Endpoint endpoint, String path) {
    return switch (endpoint.method()) {
      case "get" -> client.get(path);
      case "delete" -> client.delete(path);
      case "put" -> client.send("PUT", path, endpoint.bodyType(), body(endpoint));
      default -> client.send("POST", path, endpoint.bodyType(), body(endpoint));
    };
  }

  /** An empty body of the endpoint's media type: the refusal must come before any look at it. */
  private static String body(Endpoint endpoint) {
    return endpoint.bodyType().endsWith("json") ? "{}" : "";
  }

  /** Whether the role is refused the endpoint whatever the id (so 403 is allowed besides 404). */
  private static boolean roleMayBeRefused(String role, Endpoint endpoint) {
    return "viewer".equals(role) && endpoint.mutating()
        || !"admin".equals(role) && endpoint.path().startsWith("/v1/admin/")
        || endpoint.path().startsWith("/v1/admin/tenants");
  }

  @Test
  void anotherTenantsIdsAnswerExactlyAsIdsThatNameNothing() {
    Map<String, ApiClient> roles = Map.of("admin", a.admin().client(), "analyst", a.analyst().client(),
        "viewer", a.viewer().client());
    List<Endpoint> withIds = endpoints.stream().filter(Endpoint::takesId).filter(e -> !e.open()).toList();
    assertThat(withIds).as("id-bearing endpoints").hasSizeGreaterThanOrEqualTo(15);
    List<String> failures = new ArrayList<>();
    int calls = 0;
    for (var role : roles.entrySet()) {
      for (Endpoint endpoint : withIds) {
        ApiResponse foreign = call(role.getValue(), endpoint, fill(endpoint.path(), ofB.forPath(endpoint.path())));
        ApiResponse nothing = call(role.getValue(), endpoint, fill(endpoint.path(), UUID.randomUUID().toString()));
        calls += 2;
        boolean same = foreign.status() == nothing.status();
        boolean allowed = foreign.status() == 404
            || foreign.status() == 403 && roleMayBeRefused(role.getKey(), endpoint);
        if (!same || !allowed) {
          failures.add(role.getKey() + " " + endpoint + ": foreign id -> " + foreign.status() + ", unknown id -> "
              + nothing.status() + " (" + foreign.body() + ")");
        }
        if ("admin".equals(role.getKey()) && foreign.status() != 404) {
          failures.add("admin " + endpoint + ": foreign id -> " + foreign.status() + ", not 404");
        }
      }
    }
    // Ids in query strings too: comparing another tenant's runs, listing another tenant's users.
    ApiResponse compare = a.admin().client().get("/api/v1/valuations/compare?ids=" + ofB.run() + "," + ownOfA.run());
    ApiResponse users = a.admin().client().get(Accounts.USERS + "?tenantId=" + ofB.tenant());
    calls += 2;
    assertThat(compare.status()).as("%s", compare).isEqualTo(404);
    assertThat(users.status()).as("%s", users).isEqualTo(404);
    LOG.info(() -> "isolation matrix: " + withIds.size() + " id-bearing endpoints x " + roles.size()
        + " roles x 2 ids (another tenant's, none) + 2 query-id calls = " + (withIds.size() * roles.size() * 2 + 2)
        + " calls");
    assertThat(failures).as("isolation failures").isEmpty();
    assertThat(calls).isEqualTo(withIds.size() * roles.size() * 2 + 2);

    // Tenant B saw none of it: its rows are all there and unchanged.
    ApiClient bAdmin = b.admin().client();
    assertThat(b.analyst().client().get("/api/v1/scenarios/" + ofB.scenario()).status()).isEqualTo(200);
    assertThat(b.analyst().client().get("/api/v1/valuations/" + ofB.run()).status()).isEqualTo(200);
    JsonObject analyst = bAdmin.get(Accounts.USERS + "/" + ofB.user()).json();
    assertThat(analyst.getBoolean("enabled")).isTrue();
    assertThat(analyst.getString("role")).isEqualTo("analyst");
    assertThat(ApiClient.asAdmin().get(Accounts.TENANTS + "/" + ofB.tenant()).json().getString("status"))
        .isEqualTo("ACTIVE");
    assertThat(b.analyst().signIn().getString("accessToken")).isNotBlank();
  }

  @Test
  void aViewerIsRefusedEveryMutatingEndpoint() {
    ApiClient viewer = a.viewer().client();
    List<Endpoint> mutating = endpoints.stream().filter(Endpoint::mutating).filter(e -> !e.open()).toList();
    assertThat(mutating).as("mutating endpoints").hasSizeGreaterThanOrEqualTo(25);
    List<String> failures = new ArrayList<>();
    for (Endpoint endpoint : mutating) {
      String path = endpoint.takesId() ? fill(endpoint.path(), ownOfA.forPath(endpoint.path()))
          : "/api" + endpoint.path();
      ApiResponse response = call(viewer, endpoint, path);
      if (response.status() != 403) {
        failures.add(endpoint + " -> " + response);
      }
    }
    LOG.info(() -> "viewer matrix: " + mutating.size() + " mutating endpoints x 1 role (viewer) x 1 tenant (own ids)"
        + " = " + mutating.size() + " calls");
    assertThat(failures).as("mutating endpoints a viewer was not refused").isEmpty();
    // The viewer still reads.
    assertThat(viewer.get("/api/v1/valuations/" + ownOfA.run()).status()).isEqualTo(200);
    assertThat(viewer.get("/api/v1/scenarios/" + ownOfA.scenario()).status()).isEqualTo(200);
  }
}
