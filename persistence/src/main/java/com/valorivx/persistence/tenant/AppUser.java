package com.valorivx.persistence.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A person who signs in: belongs to one tenant, holds roles, stores only a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
public class AppUser {

  @Id
  private UUID id;

  @Column(name = "tenant_id", nullable = false)
  private UUID tenantId;

  @Column(nullable = false)
  private String username;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  private Set<String> roles = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private long version;

  protected AppUser() {
  }

  public AppUser(UUID tenantId, String username, String passwordHash, Set<String> roles) {
    this.id = UUID.randomUUID();
    this.tenantId = tenantId;
    this.username = username;
    this.passwordHash = passwordHash;
    this.roles = new HashSet<>(roles);
    this.enabled = true;
    this.createdAt = Instant.now();
  }

  public UUID getId() {
    return id;
  }

  public UUID getTenantId() {
    return tenantId;
  }

  public String getUsername() {
    return username;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Set<String> getRoles() {
    return Set.copyOf(roles);
  }

  /** Replaces the roles. */
  public void changeRoles(Set<String> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
