package com.valorivx.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.valorivx.persistence.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The chain's HMAC: a known-answer check of HMAC-SHA256, and what changes the hash. */
class AuditHasherTest {

  private static final byte[] KEY = "an audit key of 32 bytes length!".getBytes(StandardCharsets.UTF_8);
  private static final AuditHasher HASHER = new AuditHasher(KEY);
  private static final UUID TENANT = UUID.fromString("7b0c8d7e-1a2b-4c3d-9e8f-001122334455");

  private static AuditRecord entry(String actor, String prevHash) {
    return new AuditRecord(UUID.fromString("00000000-0000-0000-0000-000000000001"), TENANT, 1,
        Instant.parse("2026-12-06T10:15:30.123456Z"), actor, "scenario.create", "t-1", "req-1", "SUCCEEDED",
        "{\"a\":1}", prevHash, null, false, null);
  }

  @Test
  void macIsTheStandardHmacSha256() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec("Jefe".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    assertThat(HexFormat.of().formatHex(mac.doFinal("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII))))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    // and the hasher is that MAC over prev_hash || canonical content
    AuditRecord e = entry("ann", "0".repeat(64));
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal(("0".repeat(64) + AuditHasher.canonical(e))
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(HASHER.hash(e)).isEqualTo(expected).hasSize(64);
  }

  @Test
  void anyChangeOfContentPredecessorOrKeyChangesTheHash() {
    String base = HASHER.hash(entry("ann", "0".repeat(64)));
    assertThat(HASHER.hash(entry("anne", "0".repeat(64)))).isNotEqualTo(base);
    assertThat(HASHER.hash(entry("ann", "1" + "0".repeat(63)))).isNotEqualTo(base);
    assertThat(new AuditHasher("another key, also 32 bytes long!".getBytes(StandardCharsets.UTF_8))
        .hash(entry("ann", "0".repeat(64)))).isNotEqualTo(base);
    assertThat(HASHER.hash(entry("ann", "0".repeat(64)))).isEqualTo(base);
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    // "ab" + "c" and "a" + "bc" must not hash alike: each field carries its length.
    AuditRecord one = new AuditRecord(new UUID(0, 1), TENANT, 1, Instant.EPOCH, "ab", "c", null, null, "SUCCEEDED",
        "{}", "0".repeat(64), null, false, null);
    AuditRecord two = new AuditRecord(new UUID(0, 1), TENANT, 1, Instant.EPOCH, "a", "bc", null, null, "SUCCEEDED",
        "{}", "0".repeat(64), null, false, null);
    assertThat(HASHER.hash(one)).isNotEqualTo(HASHER.hash(two));
  }

  @Test
  void checkpointSignatureBindsTenantSequenceAndHash() {
    String sig = HASHER.signCheckpoint(TENANT, 5, "ab".repeat(32));
    assertThat(HASHER.checkpointMatches(TENANT, 5, "ab".repeat(32), sig)).isTrue();
    assertThat(HASHER.checkpointMatches(TENANT, 6, "ab".repeat(32), sig)).isFalse();
    assertThat(HASHER.checkpointMatches(TENANT, 5, "cd".repeat(32), sig)).isFalse();
    assertThat(HASHER.checkpointMatches(TENANT, 5, "ab".repeat(32), null)).isFalse();
  }

  @Test
  void refusesAShortKey() {
    assertThatThrownBy(() -> new AuditHasher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
  }
}
