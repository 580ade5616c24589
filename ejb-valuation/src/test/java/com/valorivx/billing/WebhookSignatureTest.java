package com.valorivx.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** HMAC-SHA256 signatures of webhook bodies. */
class WebhookSignatureTest {

  /**
   * RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?" →
   * 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843.
   */
  @Test
  void matchesTheRfc4231TestVector() {
    byte[] data = "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII);
    assertThat(WebhookSignature.sign("Jefe", data))
        .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(WebhookSignature.verify("Jefe", data,
        "sha256=5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843")).isTrue();
  }

  @Test
  void refusesAnythingElse() {
    byte[] body = "{\"id\":\"evt_1\"}".getBytes(StandardCharsets.UTF_8);
    String good = WebhookSignature.sign("s3cret", body);
    assertThat(WebhookSignature.verify("s3cret", body, good)).isTrue();
    assertThat(WebhookSignature.verify("other", body, good)).isFalse();
    assertThat(WebhookSignature.verify("s3cret", "{\"id\":\"evt_2\"}".getBytes(StandardCharsets.UTF_8), good)).isFalse();
    assertThat(WebhookSignature.verify("s3cret", body, good.substring("sha256=".length()))).as("no prefix").isFalse();
    assertThat(WebhookSignature.verify("s3cret", body, "sha256=zz")).as("not hex").isFalse();
    assertThat(WebhookSignature.verify("s3cret", body, good.substring(0, good.length() - 2))).as("truncated").isFalse();
    assertThat(WebhookSignature.verify("s3cret", body, null)).isFalse();
    assertThat(WebhookSignature.verify("", body, good)).as("no secret configured").isFalse();
  }
}
