package com.valorivx.web.admin;

import com.valorivx.governance.Role;
import com.valorivx.governance.UserPage;
import com.valorivx.governance.UserService;
import com.valorivx.governance.UserView;
import com.valorivx.web.security.SignedInUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The users page (a tenant's admins, and operators): the users of the signed-in user's tenant;
 * create, change role, disable or enable, reset password.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Most users the page lists. */
  static final int LISTED = 100;

  @Inject
  UserService users;

  @Inject
  SignedInUser user;

  private List<UserView> items = List.of();
  private long total;
  private String username;
  private String password;
  private String role = "viewer";
  private String newPassword;

  @PostConstruct
  void init() {
    load();
  }

  public void load() {
    UserPage page = users.list(user.caller(), null, 0, LISTED);
    items = page.items();
    total = page.total();
  }

  public void create() {
    if (AdminActions.run(() -> users.create(user.caller(), username, password, role, null),
        "User " + username + " created.")) {
      username = null;
      password = null;
    }
    load();
  }

  public void changeRole(UUID id, String newRole) {
    AdminActions.run(() -> users.changeRole(user.caller(), id, newRole), "Role changed to " + newRole + ".");
    load();
  }

  public void disable(UUID id) {
    AdminActions.run(() -> users.disable(user.caller(), id), "User disabled.");
    load();
  }

  public void enable(UUID id) {
    AdminActions.run(() -> users.enable(user.caller(), id), "User enabled.");
    load();
  }

  public void resetPassword(UUID id) {
    if (AdminActions.run(() -> users.resetPassword(user.caller(), id, newPassword), "Password reset.")) {
      newPassword = null;
    }
    load();
  }

  /** The roles the signed-in user may give. */
  public List<String> getRoles() {
    return user.hasAnyRole(Set.of(Role.OPERATOR)) ? UserService.ASSIGNABLE_ROLES
        : UserService.ASSIGNABLE_ROLES.subList(0, 3);
  }

  public List<UserView> getItems() {
    return items;
  }

  public long getTotal() {
    return total;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
