package com.valorivx.governance;

import com.valorivx.persistence.tenant.LoginThrottle;
import com.valorivx.persistence.tenant.LoginThrottleRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows and then locks repeated failed sign-ins, per username and per client address, with the
 * counts in the database table {@code login_throttle} so that every node of a cluster shares them
 * (the database is already shared and transactional; a lock must survive a node restart).
 *
 * <p>Policy: failures count inside a {@value #WINDOW_MINUTES}-minute window. Each failure is
 * answered after a delay that doubles with the failures so far ({@value #FIRST_DELAY_MILLIS} ms,
 * then twice that, capped at {@value #MAX_DELAY_MILLIS} ms). {@value #USER_LIMIT} failures for one
 * username, or {@value #ADDRESS_LIMIT} from one address, lock it for {@value #LOCK_MINUTES} minutes;
 * while locked every attempt is refused, even with the right password, and is not counted. A
 * successful sign-in clears the username's count (not the address's, so one known password does
 * not reset a guessing run from the same address).
 *
 * <p>Failures are written in their own transaction: the sign-in that failed rolls back, its count
 * must not.
 */
@Stateless
public class SignInThrottle {

  static final int WINDOW_MINUTES = 15;
  static final int LOCK_MINUTES = 15;
  static final int USER_LIMIT = 5;
  static final int ADDRESS_LIMIT = 20;
  static final long FIRST_DELAY_MILLIS = 250;
  static final long MAX_DELAY_MILLIS = 2_000;

  static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);
  static final Duration LOCK = Duration.ofMinutes(LOCK_MINUTES);

  /** The longest username kept as a subject (usernames are at most 100 characters). */
  private static final int MAX_NAME = 100;

  @Inject
  LoginThrottleRepository throttles;

  /** Throws {@link LoginLockedException} when the username or the address is locked at {@code now}. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void checkNotLocked(String username, String address, Instant now) {
    Instant until = null;
    for (String subject : subjects(username, address)) {
      Instant locked = throttles.find(subject).filter(t -> t.isLockedAt(now)).map(LoginThrottle::getLockedUntil)
          .orElse(null);
      if (locked != null && (until == null || locked.isAfter(until))) {
        until = locked;
      }
    }
    if (until != null) {
      throw new LoginLockedException(Math.max(1, Duration.between(now, until).toSeconds() + 1));
    }
  }

  /** Counts one failure for the username and the address; answers the larger count in the window. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int recordFailure(String username, String address, Instant now) {
    int userFailures = fail(userSubject(username), now, USER_LIMIT);
    int addressFailures = fail(addressSubject(address), now, ADDRESS_LIMIT);
    return Math.max(userFailures, addressFailures);
  }

  /** Forgets the username's failures after a successful sign-in. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void clearUser(String username) {
    throttles.remove(userSubject(username));
  }

  /** How long to hold the answer to the {@code failures}-th failure in a window. */
  public static long delayMillis(int failures) {
    if (failures <= 0) {
      return 0;
    }
    int doublings = Math.min(failures - 1, 16);
    return Math.min(MAX_DELAY_MILLIS, FIRST_DELAY_MILLIS << doublings);
  }

  private int fail(String subject, Instant now, int limit) {
    LoginThrottle throttle = throttles.findForUpdate(subject)
        .orElseGet(() -> throttles.store(new LoginThrottle(subject, now)));
    return throttle.fail(now, WINDOW, limit, LOCK);
  }

  private static List<String> subjects(String username, String address) {
    return List.of(userSubject(username), addressSubject(address));
  }

  static String userSubject(String username) {
    String name = username.strip().toLowerCase(Locale.ROOT);
    return "user:" + (name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
  }

  static String addressSubject(String address) {
    return "addr:" + (address == null ? "unknown" : address);
  }
}
