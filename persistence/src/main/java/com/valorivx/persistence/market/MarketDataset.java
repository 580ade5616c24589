package com.valorivx.persistence.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One uploaded table of a tenant: its name, kind (PRICES or FUNDAMENTALS), symbols in column
 * order, date range and row count. Never edited after upload; its observations are
 * {@link MarketObservation} rows.
 */
@Entity
@Table(name = "market_dataset")
public class MarketDataset {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(nullable = false, updatable = false)
  private String kind;

  /** Comma-joined, in column order; symbols never contain a comma. */
  @Column(nullable = false, updatable = false)
  private String symbols;

  @Column(name = "first_date", nullable = false, updatable = false)
  private LocalDate firstDate;

  @Column(name = "last_date", nullable = false, updatable = false)
  private LocalDate lastDate;

  @Column(name = "row_count", nullable = false, updatable = false)
  private int rowCount;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected MarketDataset() {
  }

  public MarketDataset(UUID id, UUID tenantId, String name, String kind, List<String> symbols, LocalDate firstDate,
      LocalDate lastDate, int rowCount, String createdBy, Instant createdAt) {
    this.id = id;
    this.tenantId = tenantId;
    this.name = name;
    this.kind = kind;
    this.symbols = String.join(",", symbols);
    this.firstDate = firstDate;
    this.lastDate = lastDate;
    this.rowCount = rowCount;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public List<String> getSymbols() {
    return List.of(symbols.split(","));
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public LocalDate getLastDate() {
    return lastDate;
  }

  public int getRowCount() {
    return rowCount;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
