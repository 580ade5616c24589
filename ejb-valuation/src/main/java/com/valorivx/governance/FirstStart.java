package com.valorivx.governance;

import com.valorivx.persistence.tenant.AppUser;
import com.valorivx.persistence.tenant.Tenant;
import com.valorivx.persistence.tenant.TenantRepository;
import com.valorivx.persistence.tenant.UserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On the first start (no users yet) creates tenant {@code default} and user {@code admin} with the
 * roles admin and operator. The password is {@code valor.admin.password} (VALOR_ADMIN_PASSWORD);
 * when unset one is generated and written, readable by its owner only, beside the domain config.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstStart {

  public static final String DEFAULT_TENANT = "default";
  public static final String ADMIN_USERNAME = "admin";

  private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

  @Inject
  @ConfigProperty(name = "valor.admin.password")
  Optional<String> configuredPassword;

  @Inject
  TenantRepository tenants;

  @Inject
  UserRepository users;

  @Inject
  PasswordHasher hasher;

  @PostConstruct
  void createAdministrator() {
    if (users.count() > 0) {
      return;
    }
    Tenant tenant = tenants.findByName(DEFAULT_TENANT).orElseGet(() -> tenants.store(new Tenant(DEFAULT_TENANT)));
    String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstStart::generatedPassword);
    users.store(new AppUser(tenant.getId(), ADMIN_USERNAME, hasher.hash(password), Set.of(Role.ADMIN, Role.OPERATOR)));
    LOG.info("Created tenant 'default' and user 'admin'");
  }

  private static String generatedPassword() {
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Path file = Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "config", "valor-admin-password");
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + System.lineSeparator());
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the generated admin password to " + file, e);
    }
    LOG.warning(() -> "VALOR_ADMIN_PASSWORD was not set: the generated admin password is in " + file);
    return password;
  }
}
