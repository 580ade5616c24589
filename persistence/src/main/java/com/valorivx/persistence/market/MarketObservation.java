package com.valorivx.persistence.market;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One value of one symbol on one date in a tenant's data set. */
@Entity
@Table(name = "market_observation")
public class MarketObservation {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false, updatable = false)
  private UUID tenantId;

  @Column(name = "dataset_id", nullable = false, updatable = false)
  private UUID datasetId;

  @Column(nullable = false, updatable = false)
  private String symbol;

  @Column(name = "obs_date", nullable = false, updatable = false)
  private LocalDate date;

  @Column(name = "obs_value", nullable = false, updatable = false)
  private double value;

  protected MarketObservation() {
  }

  public MarketObservation(UUID id, UUID tenantId, UUID datasetId, String symbol, LocalDate date, double value) {
    this.id = id;
    this.tenantId = tenantId;
    this.datasetId = datasetId;
    this.symbol = symbol;
    this.date = date;
    this.value = value;
  }

  public UUID getId() {
    return id;
  }

  public UUID getDatasetId() {
    return datasetId;
  }

  public String getSymbol() {
    return symbol;
  }

  public LocalDate getDate() {
    return date;
  }

  public double getValue() {
    return value;
  }
}
