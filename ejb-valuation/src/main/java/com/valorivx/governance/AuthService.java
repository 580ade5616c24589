package com.valorivx.governance;

import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.tenant.AppUser;
import com.valorivx.persistence.tenant.RefreshToken;
import com.valorivx.persistence.tenant.RefreshTokenRepository;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.persistence.tenant.Tenant;
import com.valorivx.persistence.tenant.UserRepository;
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
 * work once: each refresh revokes the token it was given and hands out a new pair.
 */
@Stateless
public class AuthService {

  public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(7);

  private static final String REJECTED = "invalid username or password";
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

  /** The caller these credentials belong to, if they are right and the user and tenant are active. */
  public Optional<Caller> authenticate(String username, String password) {
    return verifiedUser(username, password).map(AuthService::callerOf);
  }

  /** Signs in with a password and hands out an access and a refresh token. */
  public TokenPair issueTokens(String username, String password) {
    AppUser user = verifiedUser(username, password)
        .orElseThrow(() -> new AuthenticationFailedException(REJECTED));
    return tokensFor(callerOf(user), user.getId(), Instant.now());
  }

  /** Trades a refresh token for a new pair; the old token stops working. */
  public TokenPair refresh(String refreshToken) {
    Instant now = Instant.now();
    RefreshToken stored = Optional.ofNullable(refreshToken)
        .flatMap(token -> refreshTokens.findByHashForUpdate(sha256(token)))
        .filter(token -> token.isUsableAt(now))
        .orElseThrow(() -> new AuthenticationFailedException("invalid or expired refresh token"));
    stored.revoke(now);
    AppUser user = users.find(stored.getUserId())
        .filter(this::isActive)
        .orElseThrow(() -> new AuthenticationFailedException("invalid or expired refresh token"));
    return tokensFor(callerOf(user), user.getId(), now);
  }

  private TokenPair tokensFor(Caller caller, UUID userId, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String refresh = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    refreshTokens.store(new RefreshToken(caller.tenant().value(), userId, sha256(refresh), now,
        now.plus(REFRESH_TOKEN_LIFETIME)));
    return new TokenPair(accessTokens.issue(caller, now), refresh, "Bearer",
        AccessTokenIssuer.ACCESS_TOKEN_LIFETIME.toSeconds());
  }

  /** The active user whose password this is; an unknown name costs as long as a wrong password. */
  private Optional<AppUser> verifiedUser(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    Optional<AppUser> user = users.findByUsername(username);
    if (user.isEmpty()) {
      hasher.verifyDecoy(password);
      return Optional.empty();
    }
    return user.filter(u -> hasher.verify(password, u.getPasswordHash()) && isActive(u));
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
