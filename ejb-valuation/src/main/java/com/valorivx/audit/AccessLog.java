package com.valorivx.audit;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * One structured line per API request in the server log: method, path template, status, duration,
 * tenant, user and request id, as a JSON object in the record's message. Never the query string,
 * headers or body, so no token or password can reach it.
 */
public final class AccessLog {

  /** The logger of the access lines, so they can be routed or silenced on their own. */
  public static final String LOGGER = "com.valorivx.access";

  private static final Logger LOG = Logger.getLogger(LOGGER);

  /** Path segments that are record ids: UUIDs and plain numbers. */
  private static final Pattern ID_SEGMENT = Pattern.compile(
      "(?<=/)([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+)(?=/|$)");

  private AccessLog() {
  }

  /** The path with its id segments replaced by {@code {id}}: {@code /api/v1/scenarios/{id}/run}. */
  public static String template(String path) {
    return ID_SEGMENT.matcher(path).replaceAll("{id}");
  }

  /** The line as JSON text. */
  public static String line(String method, String path, int status, long durationMs, String tenant, String user,
      String requestId) {
    JsonObjectBuilder line = Json.createObjectBuilder()
        .add("type", "access")
        .add("method", method)
        .add("path", template(path))
        .add("status", status)
        .add("durationMs", durationMs);
    add(line, "tenant", tenant);
    add(line, "user", user);
    add(line, "requestId", requestId);
    return line.build().toString();
  }

  public static void log(String method, String path, int status, long durationMs, String tenant, String user,
      String requestId) {
    LOG.info(line(method, path, status, durationMs, tenant, user, requestId));
  }

  private static void add(JsonObjectBuilder line, String name, String value) {
    if (value == null) {
      line.addNull(name);
    } else {
      line.add(name, value);
    }
  }
}
