package com.valorivx.billing;

import com.valorivx.engine.common.Checks;
import com.valorivx.engine.common.InvalidAssumptionsException;
import com.valorivx.governance.Caller;
import com.valorivx.governance.Plan;
import com.valorivx.governance.PlanService;
import com.valorivx.governance.Quota;
import com.valorivx.governance.Role;
import com.valorivx.persistence.billing.BillingEventRepository;
import com.valorivx.persistence.billing.PlanRepository;
import com.valorivx.persistence.billing.PlanRepository.PlanChange;
import com.valorivx.persistence.billing.UsageRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Receives the payment provider's webhook and reconciles metered usage against billed amounts. */
@Stateless
public class BillingService {

  /** Drift at or below this (in the plan's currency) is rounding, not a discrepancy. */
  public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.01");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  @Inject
  @ConfigProperty(name = "valor.billing.webhook.secret")
  Optional<String> secret;

  @Inject
  BillingEvents events;

  @Inject
  BillingEventRepository billed;

  @Inject
  UsageRepository usage;

  @Inject
  PlanService plans;

  @Inject
  PlanRepository planHistory;

  /**
   * Verifies the signature over the raw body (401 otherwise), checks the event (400 naming the
   * field) and records it once: every later delivery of the same id answers "duplicate".
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public WebhookReceipt receive(byte[] body, String signature) {
    String key = secret.map(String::strip).filter(s -> !s.isEmpty())
        .orElseThrow(() -> new InvalidSignatureException("the billing webhook secret is not configured"));
    if (!WebhookSignature.verify(key, body, signature)) {
      throw new InvalidSignatureException("X-Valor-Signature does not match the body");
    }
    BillingEvent event = parse(body);
    boolean recorded = events.record(event, new String(body, StandardCharsets.UTF_8));
    return new WebhookReceipt(event.id(), !recorded);
  }

  /** Metered usage against billed amounts per tenant over [from, to) (operators only). */
  public Reconciliation reconcile(Caller caller, LocalDate from, LocalDate to, BigDecimal tolerance) {
    caller.requireAnyRole(Role.OPERATOR);
    BigDecimal allowed = tolerance == null ? DEFAULT_TOLERANCE : tolerance;
    Checks.start()
        .require(from != null, "from", "is required (a date, yyyy-MM-dd)")
        .require(to != null, "to", "is required (a date, yyyy-MM-dd)")
        .require(from == null || to == null || from.isBefore(to), "to", "must be after from")
        .require(from == null || to == null || ChronoUnit.YEARS.between(from, to) < 10, "to",
            "must be less than 10 years after from")
        .require(allowed.signum() >= 0, "tolerance", "must not be negative")
        .throwIfAny();
    YearMonth first = YearMonth.from(from);
    YearMonth last = YearMonth.from(to.minusDays(1));
    long months = ChronoUnit.MONTHS.between(first, last) + 1;

    // tenant → period → metric → units
    Map<UUID, Map<String, Map<String, Long>>> metered = new HashMap<>();
    for (UsageRepository.UsageRow row : usage.between(first.toString(), last.toString())) {
      metered.computeIfAbsent(row.tenant(), t -> new HashMap<>()).computeIfAbsent(row.period(), p -> new HashMap<>())
          .merge(row.metric(), row.used(), Long::sum);
    }
    Map<UUID, Map<String, BigDecimal>> billedByTenant = new HashMap<>();
    for (BillingEventRepository.BilledRow row : billed.billed(from.atStartOfDay().atOffset(ZoneOffset.UTC),
        to.atStartOfDay().atOffset(ZoneOffset.UTC))) {
      billedByTenant.computeIfAbsent(row.tenant(), t -> new HashMap<>()).put(row.currency(), row.amount());
    }
    Map<UUID, Long> users = usage.usersPerTenant();
    Map<String, Plan> planByCode = new HashMap<>();
    plans.plans().forEach(p -> planByCode.put(p.code(), p));
    Map<UUID, List<PlanChange>> history = planHistory.historyBefore(
        last.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC));

    List<ReconciliationLine> lines = new ArrayList<>();
    usage.tenants().forEach((tenant, name) -> {
      List<String> monthPlans = planPerMonth(history.getOrDefault(tenant, List.of()), first, last);
      Priced priced = price(monthPlans, first, metered.getOrDefault(tenant, Map.of()), users.getOrDefault(tenant, 0L),
          planByCode);
      Plan plan = planByCode.get(monthPlans.get(monthPlans.size() - 1));
      BigDecimal paid = billedByTenant.getOrDefault(tenant, Map.of()).getOrDefault(plan.currency(), BigDecimal.ZERO)
          .setScale(2, RoundingMode.HALF_EVEN);
      BigDecimal drift = paid.subtract(priced.charge());
      lines.add(new ReconciliationLine(tenant, name, plan.code(), plan.currency(), months, priced.valuations(),
          priced.paths(), priced.seatMonths(), priced.charge(), paid, drift, drift.abs().compareTo(allowed) > 0,
          monthPlans.stream().distinct().toList()));
    });
    lines.sort(Comparator.comparing(ReconciliationLine::tenantName));
    return new Reconciliation(from, to, allowed, lines);
  }

  /** A tenant's metered units over the range and their charge, rounded to cents once. */
  private record Priced(long valuations, long paths, long seatMonths, BigDecimal charge) {
  }

  /**
   * Prices each month from {@code first} at its plan ({@code monthPlans}, one per month) with the
   * tenant's usage of that month ({@code byPeriod}: period → metric → units); a month without a seat
   * mark (users created before metering) counts today's head count.
   */
  private static Priced price(List<String> monthPlans, YearMonth first, Map<String, Map<String, Long>> byPeriod,
      long headCount, Map<String, Plan> planByCode) {
    long valuations = 0;
    long paths = 0;
    long seatMonths = 0;
    BigDecimal total = BigDecimal.ZERO;
    YearMonth month = first;
    for (String code : monthPlans) {
      Map<String, Long> used = byPeriod.getOrDefault(month.toString(), Map.of());
      long monthValuations = used.getOrDefault(Quota.VALUATIONS.name(), 0L);
      long monthPaths = used.getOrDefault(Quota.MONTE_CARLO_PATHS.name(), 0L);
      long monthSeats = used.getOrDefault(Quota.SEATS.name(), headCount);
      total = total.add(charge(planByCode.get(code), 1, monthValuations, monthPaths, monthSeats));
      valuations += monthValuations;
      paths += monthPaths;
      seatMonths += monthSeats;
      month = month.plusMonths(1);
    }
    return new Priced(valuations, paths, seatMonths, total.setScale(2, RoundingMode.HALF_EVEN));
  }

  /**
   * months × monthly fee + valuations × price per valuation + paths / 1000 × price per thousand paths
   * + seat-months × price per seat, rounded half-even to cents.
   */
  static BigDecimal expectedCharge(Plan plan, long months, long valuations, long paths, long seatMonths) {
    return charge(plan, months, valuations, paths, seatMonths).setScale(2, RoundingMode.HALF_EVEN);
  }

  /** {@link #expectedCharge} unrounded: a range's months are summed first and rounded once. */
  private static BigDecimal charge(Plan plan, long months, long valuations, long paths, long seatMonths) {
    return plan.monthlyFee().multiply(BigDecimal.valueOf(months))
        .add(plan.pricePerValuation().multiply(BigDecimal.valueOf(valuations)))
        .add(plan.pricePerThousandPaths().multiply(BigDecimal.valueOf(paths)).divide(THOUSAND))
        .add(plan.pricePerSeat().multiply(BigDecimal.valueOf(seatMonths)));
  }

  /**
   * The plan each month from {@code first} to {@code last} is priced at, given the tenant's plan
   * changes (oldest first): the plan in force at the month's end, that is the last change before the
   * next month begins, so a month of an upgrade is priced at the new plan; months before the first
   * change at the first plan; a tenant never put on a plan is on {@value Plan#DEFAULT_CODE}.
   */
  static List<String> planPerMonth(List<PlanChange> changes, YearMonth first, YearMonth last) {
    List<String> perMonth = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
      String code = changes.isEmpty() ? Plan.DEFAULT_CODE : changes.get(0).planCode();
      for (PlanChange change : changes) {
        if (change.effectiveFrom().isBefore(end)) {
          code = change.planCode();
        }
      }
      perMonth.add(code);
    }
    return perMonth;
  }

  static BillingEvent parse(byte[] body) {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new InvalidAssumptionsException("body", "must be a JSON object");
    }
    Checks checks = Checks.start();
    String id = text(json, "id");
    String type = text(json, "type");
    String currency = text(json, "currency");
    String tenant = text(json, "tenantId");
    String occurred = text(json, "occurredAt");
    JsonValue amountValue = json.get("amount");
    checks.require(id != null && !id.isBlank() && id.length() <= 200, "id", "is required (at most 200 characters)")
        .require(type != null && !type.isBlank() && type.length() <= 100, "type", "is required (at most 100 characters)")
        .require(currency != null && CURRENCY.matcher(currency).matches(), "currency",
            "is required: an ISO 4217 code such as USD")
        .require(amountValue instanceof JsonNumber, "amount", "is required: a number")
        .require(occurred != null, "occurredAt", "is required: an ISO-8601 instant");
    UUID tenantId = tenant == null ? null : checks.attempt(() -> uuid(tenant));
    Instant occurredAt = occurred == null ? null : checks.attempt(() -> instant(occurred));
    checks.throwIfAny();
    BigDecimal amount = ((JsonNumber) amountValue).bigDecimalValue();
    Checks.start().require(amount.scale() <= 4 && amount.abs().compareTo(new BigDecimal("1e15")) < 0, "amount",
        "must have at most 4 decimals and be below 10^15").throwIfAny();
    return new BillingEvent(id, type, tenantId, amount, currency, occurredAt);
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidAssumptionsException("tenantId", "must be a UUID");
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidAssumptionsException("occurredAt", "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
    }
  }
}
