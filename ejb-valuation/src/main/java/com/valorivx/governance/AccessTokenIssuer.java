package com.valorivx.governance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs RS256 access tokens that MicroProfile JWT verifies: claims {@code iss}, {@code sub},
 * {@code upn}, {@code groups} (roles), {@code tenant}, {@code iat}, {@code exp}, {@code jti}.
 * The private key is a PKCS#8 PEM file named by {@code valor.jwt.private-key.location} (a URL),
 * set at domain level so it never travels inside the build.
 */
@ApplicationScoped
public class AccessTokenIssuer {

  /** Access tokens live 30 minutes. */
  public static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(30);

  @Inject
  @ConfigProperty(name = "valor.jwt.private-key.location")
  String privateKeyLocation;

  @Inject
  @ConfigProperty(name = "valor.jwt.issuer", defaultValue = "https://valorivx.com")
  String issuer;

  private PrivateKey privateKey;

  @PostConstruct
  void loadKey() {
    try (InputStream in = new URL(privateKeyLocation).openStream()) {
      String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
          .replaceAll("-----[A-Z ]+-----", "")
          .replaceAll("\\s", "");
      privateKey = KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot read the JWT signing key at " + privateKeyLocation, e);
    }
  }

  public String issue(Caller caller, Instant now) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    caller.roles().stream().sorted().forEach(groups::add);
    String header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build().toString();
    String claims = Json.createObjectBuilder()
        .add("iss", issuer)
        .add("sub", caller.username())
        .add("upn", caller.username())
        .add("groups", groups)
        .add("tenant", caller.tenantId())
        .add("iat", now.getEpochSecond())
        .add("exp", now.plus(ACCESS_TOKEN_LIFETIME).getEpochSecond())
        .add("jti", UUID.randomUUID().toString())
        .build().toString();
    String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
        + base64Url(claims.getBytes(StandardCharsets.UTF_8));
    return signingInput + "." + base64Url(sign(signingInput));
  }

  private byte[] sign(String signingInput) {
    try {
      Signature signature = Signature.getInstance("SHA256withRSA");
      signature.initSign(privateKey);
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
  }

  private static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
