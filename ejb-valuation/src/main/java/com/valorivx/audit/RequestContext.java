package com.valorivx.audit;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who and what the current request is: its request id, and once known its tenant and user. Set by
 * a filter in each WAR at the start of a request and cleared when it ends; read by the audit
 * interceptor and by the access log. A thread-local holder, so work handed to another thread (jobs)
 * carries none.
 */
public final class RequestContext {

  /** The response and request header that carries the request id. */
  public static final String HEADER = "X-Request-ID";

  /** What an incoming request id may look like to be kept: 1 to 128 of {@code [A-Za-z0-9._:-]}. */
  private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  /** The request's id, tenant id and username; the latter two null until the caller is known. */
  public record Current(String requestId, String tenantId, String username) {
  }

  private RequestContext() {
  }

  /** The incoming id when it is valid, else a new random UUID. */
  public static String requestIdFrom(String incoming) {
    return incoming != null && VALID_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
  }

  /** Starts the context of a request on this thread. */
  public static void open(String requestId, String tenantId, String username) {
    CURRENT.set(new Current(requestId, tenantId, username));
  }

  /** Names the caller once authentication has happened. */
  public static void identify(String tenantId, String username) {
    current().ifPresent(c -> CURRENT.set(new Current(c.requestId(), tenantId, username)));
  }

  public static Optional<Current> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static Optional<String> requestId() {
    return current().map(Current::requestId);
  }

  /** Ends the context; the thread goes back to its pool clean. */
  public static void clear() {
    CURRENT.remove();
  }
}
