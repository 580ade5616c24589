package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * API.md "Administration": tenants and users through the admin API, and what disabling, suspending,
 * role changes, password resets, sign-out and refresh-token reuse do to tokens already handed out.
 */
class AccountLifecycleIT {

  private static final String RUNS = "/api/v1/valuations";
  private static final String REFRESH = "/api/v1/auth/refresh";
  private static final String LOGOUT = "/api/v1/auth/logout";

  private static Accounts.Tenant tenant;
  private final ApiClient anonymous = ApiClient.anonymous();

  @BeforeAll
  static void aTenant() {
    tenant = Accounts.tenant("life");
  }

  private ApiResponse refresh(String token) {
    return anonymous.post(REFRESH, Json.createObjectBuilder().add("refreshToken", token).build());
  }

  @Test
  void createdTenantAndUsersAnswerAsDocumented() {
    ApiClient operator = ApiClient.asAdmin();
    String name = Accounts.unique("doc");
    ApiResponse created = operator.post(Accounts.TENANTS, Json.createObjectBuilder().add("name", name)
        .add("plan", "professional").build());
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("name")).isEqualTo(name);
    assertThat(body.getString("status")).isEqualTo("ACTIVE");
    assertThat(body.getString("plan")).as("plan codes are case-insensitive").isEqualTo("PROFESSIONAL");
    assertThat(created.location()).endsWith(Accounts.TENANTS + "/" + body.getString("id"));
    assertProblem(operator.post(Accounts.TENANTS, Json.createObjectBuilder().add("name", name).add("plan", "x")
        .build()), 409);
    assertRejects(operator.post(Accounts.TENANTS, "{\"name\":\"x-" + name + "\",\"plan\":\" \"}"), "plan");
    assertRejects(operator.post(Accounts.TENANTS, "{\"plan\":\"standard\"}"), "name");
    JsonObject page = operator.get(Accounts.TENANTS + "?page=0&size=100").json();
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
    assertRejects(operator.get(Accounts.TENANTS + "?size=0"), "size");

    // Only operators manage tenants; a tenant admin is refused. (A tenant of this test's own: 3 users.)
    Accounts.Tenant own = Accounts.tenant("docs");
    assertProblem(own.admin().client().post(Accounts.TENANTS, "{\"name\":\"no\",\"plan\":\"standard\"}"), 403);
    assertProblem(own.admin().client().get(Accounts.TENANTS), 403);

    // A tenant admin lists its own users, never another tenant's.
    JsonObject users = own.admin().client().get(Accounts.USERS).json();
    assertThat(users.getJsonNumber("total").longValue()).isEqualTo(3);
    assertThat(users.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(u -> assertThat(u.getString("tenantId")).isEqualTo(own.id()))
        .allSatisfy(u -> assertThat(u.containsKey("password")).isFalse());
    // An operator may name the tenant.
    assertThat(operator.get(Accounts.USERS + "?tenantId=" + own.id()).json().getJsonNumber("total").longValue())
        .isEqualTo(3);
  }

  @Test
  void userCreationChecksThePasswordPolicyTheRoleAndTheName() {
    ApiClient admin = tenant.admin().client();
    String username = Accounts.unique("policy");
    assertRejects(admin.post(Accounts.USERS, user(username, "short-1", "viewer")), "password");
    assertRejects(admin.post(Accounts.USERS, user(username, "allletterslongenough", "viewer")), "password");
    assertRejects(admin.post(Accounts.USERS, user(username, username + "-12345", "viewer")), "password");
    assertRejects(admin.post(Accounts.USERS, user(username, Accounts.password(), "boss")), "role");
    assertRejects(admin.post(Accounts.USERS, user(username, Accounts.password(), "operator")), "role");
    assertRejects(admin.post(Accounts.USERS, user("x", Accounts.password(), "viewer")), "username");

    ApiResponse created = admin.post(Accounts.USERS, user(username, Accounts.password(), "viewer"));
    assertThat(created.status()).as("%s", created).isEqualTo(201);
    JsonObject body = created.json();
    assertThat(body.getString("username")).isEqualTo(username);
    assertThat(body.getString("role")).isEqualTo("viewer");
    assertThat(body.getString("tenantId")).isEqualTo(tenant.id());
    assertProblem(admin.post(Accounts.USERS, user(username, Accounts.password(), "viewer")), 409);

    // Analysts and viewers do not manage users.
    assertProblem(tenant.analyst().client().post(Accounts.USERS, user(Accounts.unique("no"), Accounts.password(),
        "viewer")), 403);
    assertProblem(tenant.viewer().client().get(Accounts.USERS), 403);
    // Admins cannot lock themselves out.
    assertProblem(admin.post(Accounts.USERS + "/" + tenant.admin().id() + "/disable"), 409);
    assertProblem(admin.put(Accounts.USERS + "/" + tenant.admin().id() + "/role", "{\"role\":\"viewer\"}"), 409);
  }

  @Test
  void disablingAUserStopsItsAccessTokenAtOnceAndRefusesItsRefreshToken() {
    Accounts.User victim = Accounts.user(tenant.admin().client(), tenant.id(), "disabled", "analyst");
    JsonObject pair = victim.signIn();
    ApiClient holder = anonymous.withToken(pair.getString("accessToken"));
    assertThat(holder.get(RUNS).status()).isEqualTo(200);

    ApiResponse disabled = tenant.admin().client().post(Accounts.USERS + "/" + victim.id() + "/disable");
    assertThat(disabled.status()).as("%s", disabled).isEqualTo(200);
    assertThat(disabled.json().getBoolean("enabled")).isFalse();

    assertProblem(holder.get(RUNS), 401);
    assertProblem(refresh(pair.getString("refreshToken")), 401);
    assertProblem(anonymous.requestToken(victim.username(), victim.password()), 401);

    assertThat(tenant.admin().client().post(Accounts.USERS + "/" + victim.id() + "/enable").status()).isEqualTo(200);
    assertThat(anonymous.withToken(victim.signIn().getString("accessToken")).get(RUNS).status()).isEqualTo(200);
  }

  @Test
  void suspendingATenantStopsItsUsersTokensAndReactivatingLetsThemSignInAgain() {
    Accounts.Tenant suspended = Accounts.tenant("susp");
    JsonObject pair = suspended.analyst().signIn();
    ApiClient analyst = anonymous.withToken(pair.getString("accessToken"));
    assertThat(analyst.get(RUNS).status()).isEqualTo(200);
    ApiClient operator = ApiClient.asAdmin();

    ApiResponse suspend = operator.post(Accounts.TENANTS + "/" + suspended.id() + "/suspend");
    assertThat(suspend.status()).as("%s", suspend).isEqualTo(200);
    assertThat(suspend.json().getString("status")).isEqualTo("SUSPENDED");

    assertProblem(analyst.get(RUNS), 401);
    assertProblem(suspended.admin().client().get(Accounts.USERS), 401);
    assertProblem(refresh(pair.getString("refreshToken")), 401);
    assertProblem(anonymous.requestToken(suspended.viewer().username(), suspended.viewer().password()), 401);

    ApiResponse reactivate = operator.post(Accounts.TENANTS + "/" + suspended.id() + "/reactivate");
    assertThat(reactivate.status()).as("%s", reactivate).isEqualTo(200);
    assertThat(reactivate.json().getString("status")).isEqualTo("ACTIVE");
    assertThat(anonymous.withToken(suspended.analyst().signIn().getString("accessToken")).get(RUNS).status())
        .isEqualTo(200);
    // The operator cannot suspend its own tenant.
    String own = operator.get(Accounts.USERS).json().getJsonArray("items").getJsonObject(0).getString("tenantId");
    assertProblem(operator.post(Accounts.TENANTS + "/" + own + "/suspend"), 409);
  }

  @Test
  void aRoleChangeTakesEffectAtOnce() {
    Accounts.User user = Accounts.user(tenant.admin().client(), tenant.id(), "demoted", "analyst");
    ApiClient before = user.client();
    assertThat(before.post(DcfExamples.DCF, DcfExamples.workedExample()).status()).isEqualTo(201);

    ApiResponse changed = tenant.admin().client().put(Accounts.USERS + "/" + user.id() + "/role",
        "{\"role\":\"viewer\"}");
    assertThat(changed.status()).as("%s", changed).isEqualTo(200);
    assertThat(changed.json().getString("role")).isEqualTo("viewer");

    assertProblem(before.get(RUNS), 401);
    ApiClient after = anonymous.withToken(user.signIn().getString("accessToken"));
    assertProblem(after.post(DcfExamples.DCF, DcfExamples.workedExample()), 403);
    assertThat(after.get(RUNS).status()).isEqualTo(200);
    assertRejects(tenant.admin().client().put(Accounts.USERS + "/" + user.id() + "/role", "{\"role\":\"boss\"}"),
        "role");
  }

  @Test
  void aPasswordResetReplacesThePasswordAndRevokesRefreshTokens() {
    Accounts.User user = Accounts.user(tenant.admin().client(), tenant.id(), "reset", "viewer");
    JsonObject pair = user.signIn();
    String path = Accounts.USERS + "/" + user.id() + "/reset-password";
    assertRejects(tenant.admin().client().post(path, "{\"password\":\"short\"}"), "password");
    String fresh = Accounts.password();
    ApiResponse reset = tenant.admin().client().post(path, Json.createObjectBuilder().add("password", fresh).build());
    assertThat(reset.status()).as("%s", reset).isEqualTo(200);

    assertProblem(refresh(pair.getString("refreshToken")), 401);
    assertThat(anonymous.requestToken(user.username(), fresh).status()).isEqualTo(200);
  }

  @Test
  void aUsedRefreshTokenPresentedAgainRevokesItsWholeFamily() {
    JsonObject first = tenant.viewer().signIn();
    ApiResponse second = refresh(first.getString("refreshToken"));
    assertThat(second.status()).as("%s", second).isEqualTo(200);

    // The first token comes back (a copy was taken): refused, and the live second one dies with it.
    assertProblem(refresh(first.getString("refreshToken")), 401);
    assertProblem(refresh(second.json().getString("refreshToken")), 401);
    // Another sign-in is another family and is not affected.
    assertThat(refresh(tenant.viewer().signIn().getString("refreshToken")).status()).isEqualTo(200);
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    JsonObject pair = tenant.analyst().signIn();
    ApiResponse out = anonymous.post(LOGOUT, Json.createObjectBuilder()
        .add("refreshToken", pair.getString("refreshToken")).build());
    assertThat(out.status()).as("%s", out).isEqualTo(204);
    assertProblem(refresh(pair.getString("refreshToken")), 401);
    assertThat(anonymous.post(LOGOUT, "{\"refreshToken\":\"never-issued\"}").status()).isEqualTo(204);
    assertRejects(anonymous.post(LOGOUT, "{}"), "refreshToken");
  }

  private static JsonObject user(String username, String password, String role) {
    return Json.createObjectBuilder().add("username", username).add("password", password).add("role", role).build();
  }
}
