package com.valorivx.web.live;

import com.valorivx.governance.Caller;
import com.valorivx.job.JobService;
import com.valorivx.job.JobView;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /ws/jobs/{id}?ticket=...}: pushes a job's progress to a page while it runs
 * ({@code {"type":"progress","status","progress"}}) and then its outcome
 * ({@code {"type":"final","status","progress","result","error"}}), then closes. The handshake is an
 * authenticated request of the signed-in user (the application's security constraint covers it);
 * the ticket, issued to that user for that job, supplies the tenant, so only the user's tenant's
 * jobs are streamed.
 */
@ServerEndpoint("/ws/jobs/{id}")
public class JobProgressEndpoint {

  /** How often the job is looked at. */
  static final long POLL_MILLIS = 100;

  private static final Logger LOG = Logger.getLogger(JobProgressEndpoint.class.getName());

  private static final String WATCH = "valor.watch";

  @Inject
  JobService jobs;

  @Inject
  JobWatchTickets tickets;

  @Resource
  ManagedScheduledExecutorService scheduler;

  @OnOpen
  public void open(Session session, @PathParam("id") String id) throws IOException {
    Optional<UUID> jobId = parse(id);
    String username = session.getUserPrincipal() == null ? null : session.getUserPrincipal().getName();
    List<String> ticket = session.getRequestParameterMap().getOrDefault("ticket", List.of());
    Optional<Caller> caller = jobId.flatMap(job -> tickets.redeem(ticket.isEmpty() ? null : ticket.get(0), job,
        username));
    if (username == null || caller.isEmpty() || jobs.find(caller.get(), jobId.get()).isEmpty()) {
      session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no such job for you"));
      return;
    }
    Watch watch = new Watch(session, caller.get(), jobId.get());
    session.getUserProperties().put(WATCH, watch);
    watch.future = scheduler.scheduleWithFixedDelay(watch::push, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  @OnClose
  public void close(Session session) {
    if (session.getUserProperties().get(WATCH) instanceof Watch watch) {
      watch.stop();
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  /** One page watching one job: sends what changed since the last look. */
  private final class Watch {
    private final Session session;
    private final Caller caller;
    private final UUID jobId;
    private volatile ScheduledFuture<?> future;
    private String lastSent = "";

    Watch(Session session, Caller caller, UUID jobId) {
      this.session = session;
      this.caller = caller;
      this.jobId = jobId;
    }

    void push() {
      try {
        if (!session.isOpen()) {
          stop();
          return;
        }
        JobView job = jobs.find(caller, jobId).orElse(null);
        if (job == null) {
          stop();
          return;
        }
        JsonObjectBuilder message = Json.createObjectBuilder()
            .add("type", job.status().isFinal() ? "final" : "progress")
            .add("status", job.status().name())
            .add("progress", job.progress());
        if (job.status().isFinal()) {
          message.add("result", result(job.resultJson()));
          message.add("error", job.error() == null ? JsonValue.NULL : Json.createValue(job.error()));
        }
        String text = message.build().toString();
        if (!text.equals(lastSent)) {
          lastSent = text;
          session.getBasicRemote().sendText(text);
        }
        if (job.status().isFinal()) {
          stop();
          session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, job.status().name()));
        }
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.FINE, "job watch of " + jobId + " ended", e);
        stop();
      }
    }

    void stop() {
      ScheduledFuture<?> running = future;
      if (running != null) {
        running.cancel(false);
      }
    }

    private JsonValue result(String json) {
      if (json == null) {
        return JsonValue.NULL;
      }
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        return reader.readObject();
      }
    }
  }
}
