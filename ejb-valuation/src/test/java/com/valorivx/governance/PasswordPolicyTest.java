package com.valorivx.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The password policy names {@code password} in every rejection; the throttle's delays; client addresses. */
class PasswordPolicyTest {

  private static void check(String password, String username) {
    Checks checks = Checks.start();
    PasswordPolicy.check(checks, "password", password, username);
    checks.throwIfAny();
  }

  @Test
  void acceptsALongMixedPasswordThatDoesNotContainTheUsername() {
    assertThatCode(() -> check("correct-horse-7", "alice")).doesNotThrowAnyException();
  }

  @Test
  void rejectsShortLongOneClassOrUsernameBearingPasswordsNamingTheField() {
    for (String bad : new String[] {null, "", "short-1", "a".repeat(129) + "1", "onlylettershere", "123456789012",
        "my-alice-password-1"}) {
      assertThatThrownBy(() -> check(bad, "Alice")).as(String.valueOf(bad))
          .isInstanceOfSatisfying(InvalidAssumptionsException.class,
              e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("password"));
    }
  }

  @Test
  void theDelayDoublesFromTheFirstFailureUpToItsCap() {
    assertThat(SignInThrottle.delayMillis(0)).isZero();
    assertThat(SignInThrottle.delayMillis(1)).isEqualTo(250);
    assertThat(SignInThrottle.delayMillis(2)).isEqualTo(500);
    assertThat(SignInThrottle.delayMillis(3)).isEqualTo(1_000);
    assertThat(SignInThrottle.delayMillis(4)).isEqualTo(2_000);
    assertThat(SignInThrottle.delayMillis(19)).isEqualTo(2_000);
  }

  @Test
  void forwardedForIsIgnoredUnlessThePeerIsATrustedProxy() {
    assertThat(ClientAddresses.resolve("10.0.0.9", "1.2.3.4", Set.of())).isEqualTo("10.0.0.9");
    assertThat(ClientAddresses.resolve("10.0.0.9", "1.2.3.4, 10.0.0.8", Set.of("10.0.0.9", "10.0.0.8")))
        .isEqualTo("1.2.3.4");
    // A client that forges a first hop cannot choose its address: the nearest untrusted hop counts.
    assertThat(ClientAddresses.resolve("10.0.0.9", "6.6.6.6, 1.2.3.4", Set.of("10.0.0.9"))).isEqualTo("1.2.3.4");
    assertThat(ClientAddresses.resolve(null, null, Set.of())).isEqualTo("unknown");
  }
}
