package com.valorivx.governance;

import com.valorivx.audit.Audited;
import com.valorivx.engine.common.Checks;
import com.valorivx.persistence.tenant.AppUser;
import com.valorivx.persistence.tenant.RefreshTokenRepository;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.persistence.tenant.UserRepository;
import com.valorivx.valuation.RecordNotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Users of a tenant, managed by its admins (in their own tenant) and by operators (in any).
 * A caller sees the users of its own tenant only, operators every user: any other id is answered
 * as unknown (404), then the role decides (403). An admin cannot change its own role or disable
 * itself, so a tenant is not left without the admin who acted.
 */
@Stateless
public class UserService {

  /** Letters, digits and {@code . _ @ -}, 3 to 100 characters. */
  static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

  /** Roles a user can be given here; {@code operator} only by an operator. */
  public static final List<String> ASSIGNABLE_ROLES = List.of(Role.VIEWER, Role.ANALYST, Role.ADMIN, Role.OPERATOR);

  @Inject
  UserRepository users;

  @Inject
  TenantRepository tenants;

  @Inject
  RefreshTokenRepository refreshTokens;

  @Inject
  PasswordHasher hasher;

  @Inject
  PlanService plans;

  /**
   * Creates an enabled user with one role in {@code tenantId} (null: the caller's tenant); 409 when
   * the username is taken anywhere (usernames are global, they sign in without a tenant).
   */
  @Audited("user.create")
  public UserView create(Caller caller, String username, String password, String role, UUID tenantId) {
    UUID tenant = tenantId == null ? caller.tenant().value() : tenantId;
    visibleTenant(caller, tenant);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    Checks checks = Checks.start()
        .require(username != null && USERNAME.matcher(username).matches(), "username",
            "must be 3 to 100 letters, digits or . _ @ -");
    checkRole(checks, caller, role);
    PasswordPolicy.check(checks, "password", password, username);
    checks.throwIfAny();
    if (users.findByUsername(username).isPresent()) {
      throw new AccountConflictException("The username '" + username + "' is taken.");
    }
    plans.requireSeat(tenant);
    AppUser user = users.store(new AppUser(tenant, username, hasher.hash(password), Set.of(role)));
    return view(user);
  }

  /** The users of {@code tenantId} (null: the caller's tenant) by username. */
  public UserPage list(Caller caller, UUID tenantId, int page, int size) {
    UUID tenant = tenantId == null ? caller.tenant().value() : tenantId;
    visibleTenant(caller, tenant);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    TenantService.checkPage(page, size);
    var found = users.listOfTenant(tenant, page, size);
    return new UserPage(found.items().stream().map(UserService::view).toList(), page, size, found.total());
  }

  /** The user, if the caller may see it. */
  public UserView find(Caller caller, UUID id) {
    AppUser user = visible(caller, id);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    return view(user);
  }

  /** Gives the user {@code role} instead of its roles; its access tokens stop working at once. */
  @Audited("user.role.change")
  public UserView changeRole(Caller caller, UUID id, String role) {
    AppUser user = visible(caller, id);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    Checks checks = Checks.start();
    checkRole(checks, caller, role);
    checks.throwIfAny();
    notSelf(caller, user, "change your own role");
    user.changeRoles(Set.of(role));
    return view(user);
  }

  /** Disables the user: no sign-in, refresh tokens revoked, access tokens refused at once. */
  @Audited("user.disable")
  public UserView disable(Caller caller, UUID id) {
    AppUser user = visible(caller, id);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    notSelf(caller, user, "disable yourself");
    user.disable();
    refreshTokens.revokeAllOfUser(user.getId(), Instant.now());
    return view(user);
  }

  @Audited("user.enable")
  public UserView enable(Caller caller, UUID id) {
    AppUser user = visible(caller, id);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    user.enable();
    return view(user);
  }

  /** Sets a new password (the policy applies) and revokes the user's refresh tokens. */
  @Audited("user.password.reset")
  public UserView resetPassword(Caller caller, UUID id, String password) {
    AppUser user = visible(caller, id);
    caller.requireAnyRole(Role.ADMIN, Role.OPERATOR);
    Checks checks = Checks.start();
    PasswordPolicy.check(checks, "password", password, user.getUsername());
    checks.throwIfAny();
    user.changePasswordHash(hasher.hash(password));
    refreshTokens.revokeAllOfUser(user.getId(), Instant.now());
    return view(user);
  }

  private void checkRole(Checks checks, Caller caller, String role) {
    if (role == null || !ASSIGNABLE_ROLES.contains(role)) {
      checks.reject("role", "must be one of viewer, analyst, admin, operator");
    } else if (Role.OPERATOR.equals(role) && !caller.hasAnyRole(Role.OPERATOR)) {
      checks.reject("role", "operator can only be given by an operator");
    }
  }

  private static void notSelf(Caller caller, AppUser user, String what) {
    if (user.getUsername().equals(caller.username())) {
      throw new AccountConflictException("You cannot " + what + "; ask another administrator.");
    }
  }

  private void visibleTenant(Caller caller, UUID tenant) {
    boolean maySee = caller.hasAnyRole(Role.OPERATOR) || caller.tenant().value().equals(tenant);
    if (!maySee || tenants.find(tenant).isEmpty()) {
      throw new RecordNotFoundException("No tenant " + tenant + ".");
    }
  }

  private AppUser visible(Caller caller, UUID id) {
    return users.find(id)
        .filter(u -> caller.hasAnyRole(Role.OPERATOR) || u.getTenantId().equals(caller.tenant().value()))
        .orElseThrow(() -> new RecordNotFoundException("No user " + id + "."));
  }

  /** The main role: operator, else admin, else analyst, else viewer. */
  static String mainRole(Set<String> roles) {
    for (String role : List.of(Role.OPERATOR, Role.ADMIN, Role.ANALYST, Role.VIEWER)) {
      if (roles.contains(role)) {
        return role;
      }
    }
    return roles.stream().sorted().findFirst().orElse(null);
  }

  static UserView view(AppUser user) {
    Set<String> roles = user.getRoles();
    return new UserView(user.getId(), user.getUsername(), mainRole(roles), roles.stream().sorted().toList(),
        user.getTenantId(), user.isEnabled(), user.getCreatedAt());
  }
}
