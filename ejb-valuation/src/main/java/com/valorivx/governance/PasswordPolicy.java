package com.valorivx.governance;

import com.valorivx.engine.common.Checks;
import java.util.Locale;

/**
 * What a new password must be: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters, at least
 * one letter and one character that is not a letter, and not containing the username. Length
 * first, as current guidance (NIST SP 800-63B §5.1.1) recommends; the upper bound keeps PBKDF2's
 * work per attempt bounded.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {
  }

  /** Adds a rejection of {@code field} to {@code checks} unless {@code password} meets the policy. */
  public static void check(Checks checks, String field, String password, String username) {
    if (password == null || password.isEmpty()) {
      checks.reject(field, "is required");
      return;
    }
    if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
      checks.reject(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
      return;
    }
    boolean letter = password.chars().anyMatch(Character::isLetter);
    boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
    if (!letter || !other) {
      checks.reject(field, "must contain at least one letter and one digit or symbol");
      return;
    }
    if (username != null && !username.isBlank()
        && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
      checks.reject(field, "must not contain the username");
    }
  }
}
