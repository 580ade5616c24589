package com.valorivx.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The HMAC key of the audit chain. It is never stored in the database: it comes from the setting
 * {@code VALOR_AUDIT_HMAC_KEY} (MicroProfile Config {@code valor.audit.hmac.key}), which the launcher
 * generates into the server's home and hands to the server when it is not set.
 */
@ApplicationScoped
public class AuditKey {

  @Inject
  @ConfigProperty(name = "valor.audit.hmac.key")
  Optional<String> key;

  private volatile AuditHasher hasher;

  /** The hasher for this key; fails (and so does the audited call) when no key is configured. */
  public AuditHasher hasher() {
    AuditHasher current = hasher;
    if (current == null) {
      String text = key.map(String::strip).filter(k -> !k.isEmpty()).orElseThrow(() -> new IllegalStateException(
          "VALOR_AUDIT_HMAC_KEY (valor.audit.hmac.key) is not set: the audit trail cannot sign entries"));
      current = new AuditHasher(text.getBytes(StandardCharsets.UTF_8));
      hasher = current;
    }
    return current;
  }
}
