package com.valorivx.audit;

import com.valorivx.governance.Caller;
import com.valorivx.persistence.common.TenantId;
import com.valorivx.persistence.tenant.UserRepository;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records every call of an {@link Audited} EJB method: tenant and actor (from its {@link Caller}
 * parameter; for a sign-in, the username given), action, target (the id of the returned record,
 * else the first id parameter), request id, outcome, and the parameters as JSON passed through
 * {@link Redaction}. A success is appended in the method's transaction and rolls back with it; a
 * refusal (the method threw) is appended in a new transaction, so it stays after the rollback.
 */
@Audited("")
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AuditInterceptor {

  /** The tenant of events that name none (e.g. a sign-in with an unknown username). */
  public static final TenantId PLATFORM = new TenantId(new UUID(0, 0));

  /** Longest details document kept; a larger one is replaced by a note of its size. */
  static final int MAX_DETAILS_CHARS = 100_000;

  private static final Logger LOG = Logger.getLogger(AuditInterceptor.class.getName());
  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject
  AuditTrail trail;

  @Inject
  UserRepository users;

  @Resource
  TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  public Object audit(InvocationContext call) throws Exception {
    Method method = call.getMethod();
    Audited audited = method.getAnnotation(Audited.class);
    if (audited == null) {
      audited = method.getDeclaringClass().getAnnotation(Audited.class);
    }
    String action = audited == null || audited.value().isBlank()
        ? method.getDeclaringClass().getSimpleName() + "." + method.getName() : audited.value();
    Object result;
    try {
      result = call.proceed();
    } catch (Exception refused) {
      recordRefusal(call, action, refused);
      throw refused;
    }
    trail.append(event(call, action, targetOf(result, call), AuditEvent.SUCCEEDED, null));
    return result;
  }

  private void recordRefusal(InvocationContext call, String action, Exception refused) {
    AuditEvent event;
    try {
      event = event(call, action, targetOf(null, call), AuditEvent.REFUSED, refused);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "could not describe the refused call of " + action + " for the audit trail", e);
      return;
    }
    if (transactions.getTransactionKey() != null && transactions.getResource(AuditTrail.LOCK_HELD) != null) {
      // This transaction already appended (a nested audited call) and holds the chain head; a new
      // transaction would wait for it forever. Append once it has ended.
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
          appendRefusal(event, action);
        }
      });
      return;
    }
    appendRefusal(event, action);
  }

  private void appendRefusal(AuditEvent event, String action) {
    try {
      trail.appendInNewTransaction(event);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "could not record the refused call of " + action + " in the audit trail", e);
    }
  }

  private AuditEvent event(InvocationContext call, String action, String target, String outcome, Exception refused) {
    Object[] args = call.getParameters();
    Parameter[] params = call.getMethod().getParameters();
    Caller caller = null;
    JsonObjectBuilder parameters = Json.createObjectBuilder();
    String username = null;
    for (int i = 0; i < params.length; i++) {
      if (args[i] instanceof Caller c) {
        caller = caller == null ? c : caller;
        continue;
      }
      if ("username".equals(params[i].getName()) && args[i] instanceof String name) {
        username = name;
      }
      parameters.add(params[i].getName(), toJson(args[i]));
    }
    JsonObjectBuilder details = Json.createObjectBuilder().add("parameters", parameters);
    if (refused != null) {
      details.add("error", Json.createObjectBuilder()
          .add("type", refused.getClass().getName())
          .add("message", String.valueOf(refused.getMessage())));
    }
    String detailsJson = Redaction.redact(details.build()).toString();
    if (detailsJson.length() > MAX_DETAILS_CHARS) {
      detailsJson = Json.createObjectBuilder().add("truncated", true).add("length", detailsJson.length()).build()
          .toString();
    }
    Optional<RequestContext.Current> request = RequestContext.current();
    String requestId = request.map(RequestContext.Current::requestId).orElse(null);
    if (caller != null) {
      return new AuditEvent(caller.tenant(), caller.username(), action, target, requestId, outcome, detailsJson);
    }
    String actor = username != null ? username
        : request.map(RequestContext.Current::username).orElse("system");
    TenantId tenant = tenantOf(username, request);
    return new AuditEvent(tenant, actor, action, target, requestId, outcome, detailsJson);
  }

  private TenantId tenantOf(String username, Optional<RequestContext.Current> request) {
    if (username != null) {
      Optional<TenantId> owner = users.findByUsername(username).map(u -> new TenantId(u.getTenantId()));
      if (owner.isPresent()) {
        return owner.get();
      }
    }
    return request.map(RequestContext.Current::tenantId).filter(t -> t != null && !t.isBlank())
        .map(TenantId::of).orElse(PLATFORM);
  }

  /** The id of the returned record, else the first id parameter (a UUID, or a String named like an id). */
  static String targetOf(Object result, InvocationContext call) {
    String fromResult = idOf(result);
    if (fromResult != null) {
      return fromResult;
    }
    Object[] args = call.getParameters();
    Parameter[] params = call.getMethod().getParameters();
    for (int i = 0; i < params.length; i++) {
      if (args[i] instanceof UUID id) {
        return id.toString();
      }
      String name = params[i].getName();
      if (args[i] instanceof String text && (name.equals("id") || name.endsWith("Id"))) {
        return text;
      }
    }
    return null;
  }

  private static String idOf(Object value) {
    if (value instanceof Optional<?> optional) {
      return optional.map(AuditInterceptor::idOf).orElse(null);
    }
    if (value instanceof UUID id) {
      return id.toString();
    }
    if (value == null) {
      return null;
    }
    try {
      Method id = value.getClass().getMethod("id");
      Object found = id.invoke(value);
      return found instanceof UUID || found instanceof String ? found.toString() : null;
    } catch (ReflectiveOperationException | RuntimeException none) {
      return null;
    }
  }

  /** A parameter as JSON: JSON text is embedded as JSON (so redaction sees its members), anything else through JSON-B. */
  private static JsonValue toJson(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof String text) {
      String trimmed = text.strip();
      if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
        try (var reader = Json.createReader(new StringReader(trimmed))) {
          return reader.readValue();
        } catch (RuntimeException notJson) {
          return Json.createValue(text);
        }
      }
      return Json.createValue(text);
    }
    try {
      try (var reader = Json.createReader(new StringReader(JSON.toJson(value)))) {
        return reader.readValue();
      }
    } catch (RuntimeException unserialisable) {
      return Json.createValue("[not serialisable: " + value.getClass().getSimpleName() + "]");
    }
  }
}
