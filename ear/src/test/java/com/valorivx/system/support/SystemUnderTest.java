package com.valorivx.system.support;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The running Valor IVX instance a system test talks to, as described by the system properties
 * that the {@code ear} module's failsafe executions set ({@code system-h2}, {@code system-pg}).
 *
 * <p>Both executions run the same tests: once against an instance on H2, once against an instance on
 * PostgreSQL, each started by {@code ./valor start} from a new domain (so from an empty database
 * holding only what the application creates at start-up, such as the user {@code admin}).
 *
 * <p>To run a test from the IDE against an instance started by hand ({@code ./valor start}), set
 * {@code -Dvalor.it.baseUrl=http://localhost:8080 -Dvalor.it.adminPassword=$(cat .valor/admin-password)}.
 */
public final class SystemUnderTest {

  /** The user the application creates on its first start; roles {@code admin} and {@code operator}. */
  public static final String ADMIN_USERNAME = "admin";

  private SystemUnderTest() {
  }

  /** Where the instance answers, without a trailing slash, e.g. {@code http://localhost:18080}. */
  public static String baseUrl() {
    String url = property("valor.it.baseUrl").orElse("http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** {@code baseUrl()} followed by {@code path}; an absolute URL (e.g. a Location header) is kept as is. */
  public static URI uri(String path) {
    if (path.startsWith("http://") || path.startsWith("https://")) {
      return URI.create(path);
    }
    return URI.create(baseUrl() + (path.startsWith("/") ? path : "/" + path));
  }

  /** The password of {@link #ADMIN_USERNAME}, as given to the instance in {@code VALOR_ADMIN_PASSWORD}. */
  public static String adminPassword() {
    return property("valor.it.adminPassword")
        .orElseThrow(() -> new IllegalStateException("system property valor.it.adminPassword is not set"));
  }

  /** The database behind the instance: {@code "h2"} or {@code "postgresql"}. */
  public static String database() {
    return property("valor.it.db").orElse("h2");
  }

  public static boolean onPostgresql() {
    return "postgresql".equals(database());
  }

  /**
   * A JDBC URL (user included, no password: trust authentication / H2 default user) of the very
   * database the instance uses, for tests that check what was stored. H2 is opened with
   * {@code AUTO_SERVER=TRUE}, so this works while the server has the file open. Empty when the
   * tests run against an instance that the harness did not start.
   */
  public static Optional<String> jdbcUrl() {
    return property("valor.it.jdbcUrl");
  }

  /**
   * The command that stops and starts this instance again with its settings and database
   * ({@code it-instances.sh restart <target> h2|pg}), when the harness started it.
   */
  public static Optional<List<String>> restartCommand() {
    return property("valor.it.restart").map(v -> List.of(v.split(" ")));
  }

  /** The instance's {@code server.log} (JSON lines); empty when the harness did not start the instance. */
  public static Optional<java.nio.file.Path> serverLog() {
    return property("valor.it.serverLog").map(java.nio.file.Path::of);
  }

  /** The secret of {@code X-Valor-Signature} that the instance was started with ({@code VALOR_BILLING_WEBHOOK_SECRET}). */
  public static Optional<String> billingWebhookSecret() {
    return property("valor.it.billingWebhookSecret");
  }

  private static Optional<String> property(String name) {
    return Optional.ofNullable(System.getProperty(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
