package com.valorivx.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** The one redaction policy: sensitive member names at any depth, and e-mail addresses in any string. */
class RedactionTest {

  private static JsonObject redact(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return Redaction.redact(reader.readValue()).asJsonObject();
    }
  }

  @Test
  void credentialMembersAreRedactedWhateverTheirCaseOrSpelling() {
    JsonObject out = redact("""
        {"username":"ann","password":"hunter2","Secret":"s","token":"t","refreshToken":"r",
         "refresh_token":"r2","Authorization":"Bearer abc","apiKey":"k","api-key":"k2","email":"a@b.io",
         "newPassword":"n","clientSecret":"c"}""");
    assertThat(out.getString("username")).isEqualTo("ann");
    for (String key : new String[] {"password", "Secret", "token", "refreshToken", "refresh_token", "Authorization",
        "apiKey", "api-key", "email", "newPassword", "clientSecret"}) {
      assertThat(out.getString(key)).as(key).isEqualTo(Redaction.REDACTED);
    }
  }

  @Test
  void nestedObjectsAndArraysAreRedactedToo() {
    JsonObject out = redact("""
        {"parameters":{"request":{"users":[{"name":"b","password":{"nested":"x"}}],"rate":0.08}}}""");
    JsonObject user = out.getJsonObject("parameters").getJsonObject("request").getJsonArray("users").getJsonObject(0);
    assertThat(user.getString("name")).isEqualTo("b");
    assertThat(user.getString("password")).isEqualTo(Redaction.REDACTED);
    assertThat(out.getJsonObject("parameters").getJsonObject("request").getJsonNumber("rate").doubleValue())
        .isEqualTo(0.08);
  }

  @Test
  void emailAddressesAnywhereInAStringAreRedactedAndTheRestKept() {
    JsonObject out = redact("""
        {"name":"Base case for jane.doe+deals@example.co.uk and x@y.org","contacts":["ops@valor.example"],
         "note":"no address here @ all"}""");
    assertThat(out.getString("name")).isEqualTo("Base case for [redacted] and [redacted]");
    assertThat(out.getJsonArray("contacts").getString(0)).isEqualTo(Redaction.REDACTED);
    assertThat(out.getString("note")).isEqualTo("no address here @ all");
  }

  @Test
  void numbersBooleansAndNullsPassUnchanged() {
    JsonObject in = redact("{\"n\":1.5,\"b\":true,\"z\":null}");
    assertThat(in.getJsonNumber("n").doubleValue()).isEqualTo(1.5);
    assertThat(in.get("b")).isEqualTo(JsonValue.TRUE);
    assertThat(in.get("z")).isEqualTo(JsonValue.NULL);
  }

  @Test
  void tellsSensitiveKeysFromOrdinaryOnes() {
    assertThat(Redaction.isSensitiveKey("X-Api-Key")).isTrue();
    assertThat(Redaction.isSensitiveKey("accessToken")).isTrue();
    assertThat(Redaction.isSensitiveKey("discountRate")).isFalse();
    assertThat(Redaction.isSensitiveKey("name")).isFalse();
  }
}
