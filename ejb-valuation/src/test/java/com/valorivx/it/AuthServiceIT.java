package com.valorivx.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.governance.AuthService;
import com.valorivx.governance.AuthenticationFailedException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.TokenPair;
import com.valorivx.platform.DatabaseHealth;
import com.valorivx.platform.SchemaMigration;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** First start, sign-in, tokens and refresh-token rotation in the container. */
@ExtendWith(ArquillianExtension.class)
class AuthServiceIT {

  private static final String PASSWORD = "it-admin-secret";

  @Deployment
  static WebArchive deployment() {
    return Deployments.valuationServices();
  }

  @Inject
  AuthService auth;

  @Inject
  SchemaMigration schema;

  @Inject
  DatabaseHealth database;

  @Test
  void migrationsRanAndTheDatabaseAnswers() {
    assertThat(schema.schemaVersion()).isNotBlank();
    assertThat(database.reachable()).isTrue();
  }

  @Test
  void firstStartCreatedTheAdministrator() {
    Caller admin = auth.authenticate("admin", PASSWORD, "it-client").orElseThrow();

    assertThat(admin.roles()).containsExactlyInAnyOrder("admin", "operator");
  }

  @Test
  void wrongPasswordAndUnknownUserAreRefusedAlike() {
    assertThat(auth.authenticate("admin", "wrong", "it-client")).isEmpty();
    assertThat(auth.authenticate("nobody", PASSWORD, "it-client")).isEmpty();
    assertThatThrownBy(() -> auth.issueTokens("admin", "wrong", "it-client"))
        .isInstanceOf(AuthenticationFailedException.class)
        .hasMessage("invalid username or password");
    assertThatThrownBy(() -> auth.issueTokens("nobody", "wrong", "it-client"))
        .hasMessage("invalid username or password");
  }

  @Test
  void accessTokenCarriesTenantAndGroups() {
    TokenPair tokens = auth.issueTokens("admin", PASSWORD, "it-client");
    String[] parts = tokens.accessToken().split("\\.");
    JsonObject claims = Json.createReader(new StringReader(
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))).readObject();

    assertThat(parts).hasSize(3);
    assertThat(tokens.expiresIn()).isEqualTo(1800);
    assertThat(claims.getString("upn")).isEqualTo("admin");
    assertThat(claims.getString("tenant")).isEqualTo(auth.authenticate("admin", PASSWORD, "it-client").orElseThrow().tenantId());
    assertThat(claims.getJsonArray("groups").getValuesAs(JsonString::getString)).contains("admin");
    assertThat(claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue()).isEqualTo(1800);
  }

  @Test
  void refreshTokenWorksOnce() {
    TokenPair first = auth.issueTokens("admin", PASSWORD, "it-client");

    TokenPair second = auth.refresh(first.refreshToken());

    assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
    assertThat(auth.refresh(second.refreshToken()).accessToken()).isNotBlank();
    assertThatThrownBy(() -> auth.refresh(second.refreshToken())).isInstanceOf(AuthenticationFailedException.class);
    assertThatThrownBy(() -> auth.refresh("made-up")).isInstanceOf(AuthenticationFailedException.class);
  }

  @Test
  void aUsedRefreshTokenPresentedAgainRevokesItsFamily() {
    TokenPair first = auth.issueTokens("admin", PASSWORD, "it-client");
    TokenPair second = auth.refresh(first.refreshToken());

    // The reuse is refused, and the revocation it causes is committed despite the exception.
    assertThatThrownBy(() -> auth.refresh(first.refreshToken())).isInstanceOf(AuthenticationFailedException.class);
    assertThatThrownBy(() -> auth.refresh(second.refreshToken())).isInstanceOf(AuthenticationFailedException.class);
    // Another sign-in is another family.
    TokenPair other = auth.issueTokens("admin", PASSWORD, "it-client");
    assertThat(auth.refresh(other.refreshToken()).accessToken()).isNotBlank();
  }
}
