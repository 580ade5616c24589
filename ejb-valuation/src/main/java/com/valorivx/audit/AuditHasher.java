package com.valorivx.audit;

import com.valorivx.persistence.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The chain's arithmetic: hash = HMAC-SHA256(key, prev_hash || canonical content), hex encoded.
 * The canonical content is the entry's hashed fields in a fixed order, each as its length, a colon
 * and its UTF-8 text (so no choice of field values can make two entries' contents equal), with the
 * instant as ISO-8601 UTC at microsecond precision, what both databases keep.
 */
public final class AuditHasher {

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "valor-audit-v1";

  private final SecretKeySpec key;

  public AuditHasher(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("the audit HMAC key must be at least 16 bytes, was " + key.length);
    }
    this.key = new SecretKeySpec(key.clone(), ALGORITHM);
  }

  /** The hash of {@code entry} (its own {@code hash} is ignored), linked to its {@code prevHash}. */
  public String hash(AuditRecord entry) {
    return hmac(entry.prevHash() + canonical(entry));
  }

  /** Whether {@code entry.hash()} is the hash of its content and predecessor. */
  public boolean matches(AuditRecord entry) {
    return MessageDigest.isEqual(hash(entry).getBytes(StandardCharsets.US_ASCII),
        entry.hash().getBytes(StandardCharsets.US_ASCII));
  }

  /** The signature of a purge checkpoint: the tenant's entries up to {@code seq} are gone, the last hashed {@code hash}. */
  public String signCheckpoint(UUID tenant, long seq, String hash) {
    return hmac(field("checkpoint") + field(tenant.toString()) + field(Long.toString(seq)) + field(hash));
  }

  public boolean checkpointMatches(UUID tenant, long seq, String hash, String signature) {
    return signature != null && MessageDigest.isEqual(signCheckpoint(tenant, seq, hash).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  static String canonical(AuditRecord e) {
    return field(VERSION) + field(e.id().toString()) + field(e.tenantId().toString()) + field(Long.toString(e.seq()))
        + field(DateTimeFormatter.ISO_INSTANT.format(e.occurredAt())) + field(e.actor()) + field(e.action())
        + field(e.target()) + field(e.requestId()) + field(e.outcome()) + field(e.detailsJson());
  }

  private static String field(String value) {
    return value == null ? "-1:" : value.length() + ":" + value;
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not usable in this JVM", e);
    }
  }
}
