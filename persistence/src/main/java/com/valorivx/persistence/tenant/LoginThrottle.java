package com.valorivx.persistence.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins of one subject ({@code user:<name>} or {@code addr:<client address>}) inside a
 * window, and the lock they earned. Kept in the database so every node sees the same counts.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  @Id
  private String subject;

  @Column(nullable = false)
  private int failures;

  @Column(name = "window_start", nullable = false)
  private Instant windowStart;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version
  private long version;

  protected LoginThrottle() {
  }

  public LoginThrottle(String subject, Instant now) {
    this.subject = subject;
    this.windowStart = now;
  }

  /**
   * Counts one failure at {@code now}; a failure after the window has passed starts a new window.
   * Reaching {@code limit} failures locks the subject for {@code lock}. Answers the failures in the
   * current window.
   */
  public int fail(Instant now, Duration window, int limit, Duration lock) {
    if (!now.isBefore(windowStart.plus(window))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    if (failures >= limit) {
      lockedUntil = now.plus(lock);
      windowStart = now;
      failures = 0;
    }
    return failures == 0 ? limit : failures;
  }

  /** The failures that count at {@code now} (none once the window has passed). */
  public int failuresAt(Instant now, Duration window) {
    return now.isBefore(windowStart.plus(window)) ? failures : 0;
  }

  /** Whether the subject is locked at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public String getSubject() {
    return subject;
  }
}
