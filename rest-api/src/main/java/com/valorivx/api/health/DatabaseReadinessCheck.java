package com.valorivx.api.health;

import com.valorivx.platform.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness check {@code database}: DOWN while {@code jdbc/valor} does not take a query. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

  static final String NAME = "database";

  @Inject
  DatabaseHealth database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named(NAME).status(database.reachable()).build();
  }
}
