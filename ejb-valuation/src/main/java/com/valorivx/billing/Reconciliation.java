package com.valorivx.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reconciliation over [from, to): one line per tenant, ordered by tenant name. */
public record Reconciliation(LocalDate from, LocalDate to, BigDecimal tolerance, List<ReconciliationLine> tenants) {

  public Reconciliation {
    tenants = List.copyOf(tenants);
  }
}
