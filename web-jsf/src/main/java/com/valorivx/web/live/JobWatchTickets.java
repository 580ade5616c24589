package com.valorivx.web.live;

import com.valorivx.governance.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-use tickets that let a page's WebSocket watch one job: issued by a backing bean to the
 * signed-in caller of the HTTP session, redeemed by {@link JobProgressEndpoint} for that job and
 * that user only. The WebSocket thus acts as the session's user (tenant included) without reading
 * session-scoped beans outside a request.
 */
@ApplicationScoped
public class JobWatchTickets {

  /** How long an unused ticket stays valid. */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final SecureRandom RANDOM = new SecureRandom();

  private record Ticket(Caller caller, UUID jobId, long expiresAtNanos) {
  }

  private final Map<String, Ticket> tickets = new ConcurrentHashMap<>();

  /** A ticket for {@code caller} to watch {@code jobId}. */
  public String issue(Caller caller, UUID jobId) {
    long now = System.nanoTime();
    tickets.values().removeIf(t -> t.expiresAtNanos() - now < 0);
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tickets.put(ticket, new Ticket(caller, jobId, now + LIFETIME.toNanos()));
    return ticket;
  }

  /** The caller the ticket was issued to, if it is valid for this job and this user; used up either way. */
  Optional<Caller> redeem(String ticket, UUID jobId, String username) {
    Ticket found = ticket == null ? null : tickets.remove(ticket);
    if (found == null || found.expiresAtNanos() - System.nanoTime() < 0 || !found.jobId().equals(jobId)
        || !found.caller().username().equals(username)) {
      return Optional.empty();
    }
    return Optional.of(found.caller());
  }
}
