package com.valorivx.job;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs running on this server: their latest progress (fresher than the persisted one) and a
 * cancel flag the work reads between blocks. A job running on another server is cancelled through
 * the database, which its worker checks whenever it persists progress.
 */
@ApplicationScoped
public class JobRegistry {

  /** Live state of one running job. */
  public static final class Live {
    private volatile double progress;
    private volatile boolean cancelled;

    public double progress() {
      return progress;
    }

    public boolean cancelled() {
      return cancelled;
    }

    void progress(double fraction) {
      progress = fraction;
    }

    void cancel() {
      cancelled = true;
    }
  }

  private final Map<UUID, Live> running = new ConcurrentHashMap<>();

  Live register(UUID id) {
    return running.computeIfAbsent(id, key -> new Live());
  }

  void remove(UUID id) {
    running.remove(id);
  }

  Optional<Live> find(UUID id) {
    return Optional.ofNullable(running.get(id));
  }

  void cancel(UUID id) {
    Live live = running.get(id);
    if (live != null) {
      live.cancel();
    }
  }
}
