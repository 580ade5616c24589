package com.valorivx.system.api;

import static com.valorivx.system.api.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.valorivx.system.support.ApiClient;
import com.valorivx.system.support.ApiResponse;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling (docs/admin-guide.md "Sign-in throttling"): failures are answered ever more
 * slowly (250 ms, 500 ms, 1 s, 2 s...), the fifth failure for a username locks it for 15 minutes,
 * a locked username is refused even with the right password (429 with Retry-After), and an unknown
 * username gets exactly the same answers, so none of them tells whether a name exists.
 *
 * <p>It spends 10 of the 20 failures an address may make in 15 minutes (every test runs from
 * 127.0.0.1); AuthIT spends 2 more.
 */
class SignInThrottleIT {

  /** Failures before the lock, as documented. */
  private static final int LIMIT = 5;
  /** The fourth failure waits 2 s (250 ms doubled three times) before it is answered. */
  private static final long FOURTH_DELAY_MILLIS = 2_000;

  private final ApiClient anonymous = ApiClient.anonymous();

  @Test
  void repeatedFailuresAreSlowedThenLockedAndUnknownNamesGetTheSameAnswers() {
    Accounts.User user = Accounts.user(ApiClient.asAdmin(), ApiClient.asAdmin().get(Accounts.USERS).json()
        .getJsonArray("items").getJsonObject(0).getString("tenantId"), "throttled", "analyst");
    String unknown = Accounts.unique("nobody");

    String knownDetail = null;
    String unknownDetail = null;
    for (int failure = 1; failure <= LIMIT; failure++) {
      long started = System.nanoTime();
      ApiResponse wrong = anonymous.requestToken(user.username(), "wrong-" + user.password());
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      ApiResponse nobody = anonymous.requestToken(unknown, user.password());
      knownDetail = assertProblem(wrong, 401).getString("detail");
      unknownDetail = assertProblem(nobody, 401).getString("detail");
      assertThat(knownDetail).as("failure %d", failure).isEqualTo(unknownDetail);
      if (failure == 4) {
        assertThat(tookMillis).as("the fourth failure is held back").isGreaterThanOrEqualTo(FOURTH_DELAY_MILLIS);
      }
    }

    ApiResponse rightButLocked = anonymous.requestToken(user.username(), user.password());
    ApiResponse unknownLocked = anonymous.requestToken(unknown, user.password());
    JsonObject locked = assertProblem(rightButLocked, 429);
    JsonObject lockedUnknown = assertProblem(unknownLocked, 429);
    assertThat(locked.getString("detail")).isEqualTo(lockedUnknown.getString("detail"))
        .doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("username");
    for (ApiResponse response : new ApiResponse[] {rightButLocked, unknownLocked}) {
      long retryAfter = Long.parseLong(response.header("Retry-After").orElseThrow(() -> new AssertionError(response)));
      assertThat(retryAfter).as("%s", response).isBetween(1L, 15 * 60L + 1);
    }
    // The lock is on the name, not on the account: other users sign in as before.
    assertThat(anonymous.requestToken(com.valorivx.system.support.SystemUnderTest.ADMIN_USERNAME,
        com.valorivx.system.support.SystemUnderTest.adminPassword()).status()).isEqualTo(200);
  }
}
