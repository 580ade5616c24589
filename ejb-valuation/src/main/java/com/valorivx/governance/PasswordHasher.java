package com.valorivx.governance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashes through Jakarta Security's {@link Pbkdf2PasswordHash}. Each hash records
 * its algorithm, iterations and salt, so raising the work factor later leaves old hashes valid.
 */
@ApplicationScoped
public class PasswordHasher {

  /** OWASP's 2023 guidance for PBKDF2-HMAC-SHA512. */
  static final int ITERATIONS = 210_000;

  @Inject
  Pbkdf2PasswordHash pbkdf2;

  /** Verified against when a username is unknown, so a miss costs as long as a wrong password. */
  private String decoyHash;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoyHash = pbkdf2.generate("decoy-password".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String storedHash) {
    return pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification and answers false. */
  public boolean verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoyHash);
    return false;
  }
}
