package com.valorivx.audit;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one redaction policy of the audit trail (and of anything else that writes what a caller
 * sent): before details are stored, the value of every member whose name is a credential or
 * personal contact ({@link #SENSITIVE_KEYS}, compared without case, dashes or underscores, and any
 * name containing {@code password}, {@code secret} or {@code token}) becomes {@value #REDACTED},
 * and every e-mail address found in any string value is replaced by {@value #REDACTED} too.
 */
public final class Redaction {

  public static final String REDACTED = "[redacted]";

  /** Member names whose values never reach the trail (normalised: lower case, no '-' or '_'). */
  public static final Set<String> SENSITIVE_KEYS = Set.of("password", "newpassword", "oldpassword", "secret",
      "clientsecret", "token", "accesstoken", "refreshtoken", "idtoken", "authorization", "email", "emailaddress",
      "apikey", "xapikey", "passwordhash", "privatekey", "signature", "xvalorsignature", "cookie", "setcookie");

  private static final Set<String> SENSITIVE_PARTS = Set.of("password", "secret", "token");

  /** An e-mail address anywhere inside a string (RFC 5322 simplified: local@domain.tld). */
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private Redaction() {
  }

  /** Whether the value of a member named {@code key} is redacted whatever it is. */
  public static boolean isSensitiveKey(String key) {
    String normal = key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return SENSITIVE_KEYS.contains(normal) || SENSITIVE_PARTS.stream().anyMatch(normal::contains);
  }

  /** {@code value} with sensitive members and e-mail addresses redacted, at any depth. */
  public static JsonValue redact(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT -> {
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> member : value.asJsonObject().entrySet()) {
          out.add(member.getKey(), isSensitiveKey(member.getKey()) ? Json.createValue(REDACTED)
              : redact(member.getValue()));
        }
        return out.build();
      }
      case ARRAY -> {
        JsonArrayBuilder out = Json.createArrayBuilder();
        value.asJsonArray().forEach(item -> out.add(redact(item)));
        return out.build();
      }
      case STRING -> {
        String text = ((JsonString) value).getString();
        String redacted = redactText(text);
        return redacted.equals(text) ? value : Json.createValue(redacted);
      }
      default -> {
        return value;
      }
    }
  }

  /** {@code text} with every e-mail address in it replaced. */
  public static String redactText(String text) {
    return EMAIL.matcher(text).replaceAll(REDACTED);
  }
}
