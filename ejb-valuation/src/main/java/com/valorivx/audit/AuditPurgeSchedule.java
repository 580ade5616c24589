package com.valorivx.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Logger;

/** Runs the retention purge once a day (03:17 server time), on this node only (non-persistent timer). */
@Singleton
public class AuditPurgeSchedule {

  private static final Logger LOG = Logger.getLogger(AuditPurgeSchedule.class.getName());

  @Inject
  AuditService audit;

  @Schedule(hour = "3", minute = "17", persistent = false)
  public void purgeDaily() {
    AuditPurgeResult result = audit.purgeExpired(Instant.now());
    LOG.info(() -> "audit retention purge removed " + result.purged() + " entries");
  }
}
