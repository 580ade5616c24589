package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static com.valorivx.system.api.Problems.assertRejects;
import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import com.valorivx.system.support.SystemUnderTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** API.md "Auth": tokens for a password, refresh tokens that work once, and every other call needing a token. */
class AuthIT {

  private static final String TOKEN = "/api/v1/auth/token";
  private static final String REFRESH = "/api/v1/auth/refresh";

  private final ApiClient anonymous = ApiClient.anonymous();

  @Test
  void callsWithoutATokenAreRefusedWith401ProblemJson() {
    assertProblem(anonymous.get(DcfExamples.RUNS), 401);
    assertProblem(anonymous.post(DcfExamples.DCF, DcfExamples.workedExample()), 401);
    assertProblem(anonymous.post(DcfExamples.SENSITIVITY, "{}"), 401);
    ApiResponse run = anonymous.get(DcfExamples.RUNS + "/00000000-0000-0000-0000-000000000000");
    assertProblem(run, 401);
    assertThat(run.header("WWW-Authenticate")).as("%s", run).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Bearer"));
  }

  @Test
  void aGarbageTokenIsRefusedWith401ProblemJson() {
    ApiResponse response = anonymous.withToken("not.a.jwt").get(DcfExamples.RUNS);

    assertProblem(response, 401);
  }

  @Test
  void aTokenWithAForgedSignatureIsRefused() {
    String token = anonymous.login(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    String[] parts = token.split("\\.");
    // Same header and claims, another signature: what an attacker who cannot sign would send.
    String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString("forged-signature".getBytes(StandardCharsets.US_ASCII));

    assertProblem(anonymous.withToken(forged).get(DcfExamples.RUNS), 401);
  }

  @Test
  void aTokenWhoseClaimsWereEditedIsRefused() {
    String token = anonymous.login(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());
    String[] parts = token.split("\\.");
    String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String edited = claims.replace("\"admin\"", "\"someone-else\"");
    assertThat(edited).isNotEqualTo(claims);
    String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(edited.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    assertProblem(anonymous.withToken(tampered).get(DcfExamples.RUNS), 401);
  }

  @Test
  void theRightPasswordGivesATokenPairThatOpensTheApi() {
    ApiResponse response = anonymous.requestToken(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword());

    assertThat(response.status()).as("%s", response).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(response.header("Cache-Control")).as("tokens must not be cached: %s", response)
        .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    JsonObject pair = response.json();
    assertThat(pair.getString("tokenType")).isEqualTo("Bearer");
    assertThat(pair.getJsonNumber("expiresIn").longValue()).isPositive();
    assertThat(pair.getString("refreshToken")).isNotBlank();
    assertThat(pair.getString("accessToken").split("\\.")).as("a JWS compact serialization").hasSize(3);

    ApiResponse runs = anonymous.withToken(pair.getString("accessToken")).get(DcfExamples.RUNS);
    assertThat(runs.status()).as("%s", runs).isEqualTo(200);
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSame401() {
    ApiResponse wrongPassword = anonymous.requestToken(SystemUnderTest.ADMIN_USERNAME, "wrong-" + SystemUnderTest.adminPassword());
    ApiResponse unknownUser = anonymous.requestToken("nobody-" + System.nanoTime(), SystemUnderTest.adminPassword());

    JsonObject first = assertProblem(wrongPassword, 401);
    JsonObject second = assertProblem(unknownUser, 401);
    // The answer must not tell which of the two was wrong.
    assertThat(first.getString("detail")).isEqualTo(second.getString("detail"));
  }

  @Test
  void aMissingUsernameOrPasswordIs400NamingTheField() {
    assertRejects(anonymous.post(TOKEN, "{\"password\":\"x\"}"), "username");
    assertRejects(anonymous.post(TOKEN, "{\"username\":\"admin\"}"), "password");
    assertRejects(anonymous.post(REFRESH, "{}"), "refreshToken");
    assertProblem(anonymous.post(TOKEN, "{\"username\":"), 400);
  }

  @Test
  void refreshRotatesThePairAndTheOldRefreshTokenStopsWorking() {
    JsonObject first = anonymous.requestToken(SystemUnderTest.ADMIN_USERNAME, SystemUnderTest.adminPassword()).json();
    String oldRefresh = first.getString("refreshToken");

    ApiResponse refreshed = refresh(oldRefresh);
    assertThat(refreshed.status()).as("%s", refreshed).isEqualTo(200);
    JsonObject second = refreshed.json();
    assertThat(second.getString("tokenType")).isEqualTo("Bearer");
    assertThat(second.getString("refreshToken")).isNotEqualTo(oldRefresh);
    ApiResponse withNewToken = anonymous.withToken(second.getString("accessToken")).get(DcfExamples.RUNS);
    assertThat(withNewToken.status()).as("%s", withNewToken).isEqualTo(200);

    // The new refresh token works, once.
    ApiResponse third = refresh(second.getString("refreshToken"));
    assertThat(third.status()).as("%s", third).isEqualTo(200);
    assertProblem(refresh(second.getString("refreshToken")), 401);
    // A used token presented again is refused and takes its whole family with it (AccountLifecycleIT).
    assertProblem(refresh(oldRefresh), 401);
    assertProblem(refresh(third.json().getString("refreshToken")), 401);
  }

  @Test
  void anUnknownRefreshTokenIs401() {
    assertProblem(refresh("never-issued-" + System.nanoTime()), 401);
  }

  private ApiResponse refresh(String refreshToken) {
    return anonymous.post(REFRESH, Json.createObjectBuilder().add("refreshToken", refreshToken).build());
  }
}
