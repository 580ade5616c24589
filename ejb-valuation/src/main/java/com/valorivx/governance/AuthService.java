package com.valorivx.governance;

import com.valorivx.audit.Audited;
import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.tenant.AppUser;
import com.valorivx.persistence.tenant.RefreshToken;
import com.valorivx.persistence.tenant.RefreshTokenRepository;
import com.valorivx.persistence.tenant.Tenant;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.persistence.tenant.UserRepository;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in for the API and the screens. Access tokens live 30 minutes; refresh tokens 7 days and
 * work once: each refresh revokes the token it was given and hands out the next token of the same
 * family. A used token presented again revokes its whole family (whoever copied it loses it too).
 * Failed sign-ins are slowed and then locked per username and per client address
 * ({@link SignInThrottle}); the answer never says which of username or password was wrong.
 */
@Stateless
public class AuthService {

  public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

  private static final String REJECTED = "invalid username or password";
  private static final String REFRESH_REJECTED = "invalid or expired refresh token";
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject
  UserRepository users;

  @Inject
  TenantRepository tenants;

  @Inject
  RefreshTokenRepository refreshTokens;

  @Inject
  PasswordHasher hasher;

  @Inject
  AccessTokenIssuer accessTokens;

  @Inject
  SignInThrottle throttle;

  /**
   * The caller these credentials belong to (screen sign-in), if they are right and the user and
   * tenant are active; throws {@link LoginLockedException} while the username or address is locked.
   */
  @Audited("auth.login")
  public Optional<Caller> authenticate(String username, String password, String clientAddress) {
    return signIn(username, password, clientAddress).map(AuthService::callerOf);
  }

  /** Signs in with a password (API) and hands out an access and a refresh token. */
  @Audited("auth.login")
  public TokenPair issueTokens(String username, String password, String clientAddress) {
    AppUser user = signIn(username, password, clientAddress)
        .orElseThrow(() -> new AuthenticationFailedException(REJECTED));
    return tokensFor(callerOf(user), user.getId(), UUID.randomUUID(), Instant.now());
  }

  /**
   * Trades a refresh token for the next pair of its family; the old token stops working. A token
   * that was already used revokes its family and is refused.
   */
  @Audited("auth.refresh")
  public TokenPair refresh(String refreshToken) {
    Instant now = Instant.now();
    RefreshToken stored = Optional.ofNullable(refreshToken)
        .flatMap(token -> refreshTokens.findByHashForUpdate(sha256(token)))
        .orElseThrow(() -> new AuthenticationFailedException(REFRESH_REJECTED));
    if (stored.isRevoked()) {
      refreshTokens.revokeFamily(stored.getFamilyId(), now);
      throw new RefreshTokenReusedException(REFRESH_REJECTED);
    }
    if (!stored.isUsableAt(now)) {
      throw new AuthenticationFailedException(REFRESH_REJECTED);
    }
    stored.revoke(now);
    AppUser user = users.find(stored.getUserId())
        .filter(this::isActive)
        .orElseThrow(() -> new AuthenticationFailedException(REFRESH_REJECTED));
    return tokensFor(callerOf(user), user.getId(), stored.getFamilyId(), now);
  }

  /** Signs out: revokes the refresh token's family. An unknown or used token changes nothing. */
  @Audited("auth.logout")
  public void logout(String refreshToken) {
    if (refreshToken == null) {
      return;
    }
    refreshTokens.findByHashForUpdate(sha256(refreshToken))
        .ifPresent(token -> refreshTokens.revokeFamily(token.getFamilyId(), Instant.now()));
  }

  private TokenPair tokensFor(Caller caller, UUID userId, UUID familyId, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    refreshTokens.store(new RefreshToken(caller.tenant().value(), userId, familyId, sha256(refresh), now,
        now.plus(REFRESH_TOKEN_LIFETIME)));
    return new TokenPair(accessTokens.issue(caller, now), refresh, "Bearer",
        AccessTokenIssuer.ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  /**
   * The active user whose password this is. Refused at once while locked; a failure is counted,
   * then answered after the throttle's delay. An unknown name costs as long as a wrong password.
   */
  private Optional<AppUser> signIn(String username, String password, String clientAddress) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    throttle.checkNotLocked(username, clientAddress, Instant.now());
    Optional<AppUser> user = verifiedUser(username, password);
    if (user.isEmpty()) {
      int failures;
      try {
        failures = throttle.recordFailure(username, clientAddress, Instant.now());
      } catch (EJBException raced) {
        // Another node inserted the same subject's first row at the same moment: count on that row.
        failures = throttle.recordFailure(username, clientAddress, Instant.now());
      }
      pause(SignInThrottle.delayMillis(failures));
    } else {
      throttle.clearUser(username);
    }
    return user;
  }

  private Optional<AppUser> verifiedUser(String username, String password) {
    Optional<AppUser> user = users.findByUsername(username);
    if (user.isEmpty()) {
      hasher.verifyDecoy(password);
      return Optional.empty();
    }
    return user.filter(u -> hasher.verify(password, u.getPasswordHash()) && isActive(u));
  }

  /** Holds the answer to a failed sign-in; the thread is the only thing held (no lock, no row). */
  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean isActive(AppUser user) {
    return user.isEnabled() && tenants.find(user.getTenantId())
        .map(t -> t.getStatus() == Tenant.Status.ACTIVE)
        .orElse(false);
  }

  private static Caller callerOf(AppUser user) {
    return new Caller(new TenantId(user.getTenantId()), user.getUsername(), user.getRoles());
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
