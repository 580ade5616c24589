package com.valorivx.governance;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.TouchedExpiryPolicy;
import javax.cache.processor.EntryProcessor;
import javax.cache.processor.MutableEntry;

/**
 * Request rate limits: one token bucket per tenant and one per user, capacity = the plan's burst,
 * refill = its requests per minute; a call needs a token from both and the stricter answer wins.
 * Buckets live in the application server's data grid through JCache, and each is updated
 * atomically where it lives with {@link Cache#invoke} — so every node of a cluster sees the same
 * buckets. Where no JCache provider is present (a bare unit-test container) the buckets fall back to
 * this JVM's memory, with a warning.
 */
@ApplicationScoped
public class RateLimiter {

  static final String CACHE = "valor-rate-limit-buckets";
  private static final Logger LOG = Logger.getLogger(RateLimiter.class.getName());

  @Inject
  PlanService plans;

  /** Payara's data grid offers its CacheManager as a bean; the JCache bootstrap is the fallback. */
  @Inject
  Instance<CacheManager> managers;

  private Clock clock = Clock.systemUTC();
  private Cache<String, long[]> buckets;
  private final ConcurrentMap<String, long[]> local = new ConcurrentHashMap<>();

  @PostConstruct
  void connect() {
    try {
      CacheManager manager = managers.isResolvable() ? managers.get() : Caching.getCachingProvider().getCacheManager();
      Cache<String, long[]> existing = manager.getCache(CACHE, String.class, long[].class);
      buckets = existing != null ? existing : manager.createCache(CACHE, new MutableConfiguration<String, long[]>()
          .setTypes(String.class, long[].class)
          .setStoreByValue(true)
          // An idle bucket refills completely long before an hour on every plan, so forgetting it is exact.
          .setExpiryPolicyFactory(TouchedExpiryPolicy.factoryOf(new Duration(TimeUnit.HOURS, 1))));
    } catch (RuntimeException | LinkageError unavailable) {
      LOG.log(Level.WARNING, "no JCache provider; rate-limit buckets are kept in this node's memory only",
          unavailable);
      buckets = null;
    }
    LOG.info(() -> "rate-limit buckets kept in " + (buckets == null ? "this node's memory" : "JCache cache " + CACHE));
  }

  /** For tests: the clock the buckets refill by. */
  void clock(Clock clock) {
    this.clock = clock;
  }

  /** Takes one token for the caller from its user's and its tenant's bucket. */
  public TokenBucket.Decision acquire(Caller caller) {
    Plan plan = plans.planOf(caller.tenant().value());
    long now = clock.millis();
    TokenBucket.Decision user = take("u:" + caller.tenantId() + ":" + caller.username(), plan, now);
    if (!user.allowed()) {
      return user;
    }
    return user.stricter(take("t:" + caller.tenantId(), plan, now));
  }

  private TokenBucket.Decision take(String key, Plan plan, long now) {
    Take take = new Take(plan.burst(), plan.requestsPerMinute(), now);
    long[] after = buckets != null ? buckets.invoke(key, take) : takeLocally(key, take);
    return TokenBucket.decide(after, plan.burst(), plan.requestsPerMinute());
  }

  private long[] takeLocally(String key, Take take) {
    long[][] result = new long[1][];
    local.compute(key, (k, state) -> {
      result[0] = TokenBucket.take(state, take.burst, take.perMinute, take.now);
      return new long[] {result[0][0], result[0][1]};
    });
    return result[0];
  }

  /** Runs where the entry lives, under the grid's per-entry lock: read, refill, take, write. */
  static final class Take implements EntryProcessor<String, long[], long[]>, Serializable {
    private static final long serialVersionUID = 1L;
    final int burst;
    final int perMinute;
    final long now;

    Take(int burst, int perMinute, long now) {
      this.burst = burst;
      this.perMinute = perMinute;
      this.now = now;
    }

    @Override
    public long[] process(MutableEntry<String, long[]> entry, Object... arguments) {
      long[] after = TokenBucket.take(entry.exists() ? entry.getValue() : null, burst, perMinute, now);
      entry.setValue(new long[] {after[0], after[1]});
      return after;
    }
  }
}
